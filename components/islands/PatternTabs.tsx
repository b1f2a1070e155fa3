'use client'

import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'

import { PatternCard, type PatternData, type PatternLabels } from './PatternCard'
import { useEnhanced } from './useEnhanced'

/**
 * 003, enhanced: the patterns as a tab set (WAI-ARIA tabs, automatic activation).
 * Arrow keys move between tabs, Home and End jump to the ends; nothing rotates on its own.
 * Until it has hydrated (and without JavaScript) every pattern is shown in a scrollable list.
 * A link to #pattern-NN opens that pattern's tab.
 */
export function PatternTabs({
  patterns,
  label,
  labels,
}: {
  patterns: PatternData[]
  label: string
  labels: PatternLabels
}) {
  const tabs = useMemo(
    () => patterns.map((p) => ({ id: `pattern-${p.number}`, number: p.number, title: p.title })),
    [patterns],
  )
  const panels = patterns.map((pattern) => <PatternCard key={pattern.id} pattern={pattern} labels={labels} />)
  const enhanced = useEnhanced()
  const [selected, setSelected] = useState(0)
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([])

  useEffect(() => {
    const fromHash = () => {
      const index = tabs.findIndex((t) => `#${t.id}` === window.location.hash)
      if (index >= 0) setSelected(index)
    }
    fromHash()
    window.addEventListener('hashchange', fromHash)
    return () => window.removeEventListener('hashchange', fromHash)
  }, [tabs])

  const select = (index: number) => {
    const next = (index + tabs.length) % tabs.length
    setSelected(next)
    tabRefs.current[next]?.focus()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const moves: Record<string, number> = {
      ArrowRight: selected + 1,
      ArrowDown: selected + 1,
      ArrowLeft: selected - 1,
      ArrowUp: selected - 1,
      Home: 0,
      End: tabs.length - 1,
    }
    const move = moves[event.key]
    if (move === undefined) return
    event.preventDefault()
    select(move)
  }

  // One markup for both states, so hydration only changes attributes: replacing the list
  // with the tab set removed and rebuilt every pattern's nodes as the page became interactive.
  return (
    <div
      className={enhanced ? 'pattern-tabs' : 'patterns-wrap'}
      role={enhanced ? undefined : 'region'}
      aria-label={enhanced ? undefined : label}
      tabIndex={enhanced ? undefined : 0}
    >
      <div role="tablist" aria-label={label} className="pattern-tabs__list" hidden={!enhanced}>
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              tabRefs.current[i] = el
            }}
            type="button"
            role="tab"
            id={`${tab.id}-tab`}
            aria-selected={i === selected}
            aria-controls={tab.id}
            tabIndex={i === selected ? 0 : -1}
            className="pattern-tabs__tab"
            onClick={() => select(i)}
            onKeyDown={onKeyDown}
          >
            <span className="pattern-tabs__number">{tab.number}</span> {tab.title}
          </button>
        ))}
      </div>
      <div className={enhanced ? undefined : 'patterns'}>
        {panels.map((panel, i) => (
          <div
            key={tabs[i]!.id}
            id={tabs[i]!.id}
            role={enhanced ? 'tabpanel' : undefined}
            aria-labelledby={enhanced ? `${tabs[i]!.id}-tab` : undefined}
            tabIndex={enhanced ? 0 : undefined}
            hidden={enhanced && i !== selected}
            className={enhanced ? 'pattern pattern--panel' : 'pattern'}
          >
            {panel}
          </div>
        ))}
      </div>
    </div>
  )
}
