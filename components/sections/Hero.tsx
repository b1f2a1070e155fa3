import type { Hero as HeroData } from '@/payload-types'

import { Paragraphs } from '../ui/Paragraphs'

export function Hero({ hero }: { hero: HeroData }) {
  return (
    <section className="hero" aria-labelledby="hero-title">
      <div className="container hero__grid">
        <div className="hero__copy">
          <p className="hero__eyebrow">{hero.eyebrow}</p>
          <h1 id="hero-title">{hero.title}</h1>
          <div className="hero__lede">
            <Paragraphs text={hero.lede} />
          </div>
          <p className="hero__actions">
            <a className="button button--primary" href={hero.primaryCta.href}>
              {hero.primaryCta.label}
            </a>
            <a className="button button--ghost" href={hero.secondaryCta.href}>
              {hero.secondaryCta.label}
            </a>
          </p>
        </div>
        {hero.facts?.length ? (
          <dl className="hero__facts">
            {hero.facts.map((fact) => (
              <div key={fact.id ?? fact.label} className="hero__fact">
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </div>
    </section>
  )
}
