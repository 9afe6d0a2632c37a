import { guideHref } from '@/lib/guides/route';
import type { SearchHit } from '@/lib/guides/search';

interface GuideHeaderProps {
  query: string;
  onQuery: (query: string) => void;
}

/** The page's bar: the way home to every problem, and search across all guides. */
export function GuideHeader({ query, onQuery }: GuideHeaderProps) {
  return (
    <header class="cc-header cc-guide-header">
      <a class="cc-brand" href="guide.html">
        <img src="/icon/32.png" width={24} height={24} alt="" />
        <span>Fix guides</span>
      </a>
      <form role="search" class="cc-search" onSubmit={(e) => e.preventDefault()}>
        <label for="guide-search" class="cc-visually-hidden">
          Search all guides
        </label>
        <input
          id="guide-search"
          type="search"
          value={query}
          placeholder="Search the guides"
          autocomplete="off"
          onInput={(e) => onQuery(e.currentTarget.value)}
        />
      </form>
    </header>
  );
}

interface SearchResultsProps {
  query: string;
  hits: readonly SearchHit[];
}

/** What the search found, in place of the page's content while there is a query. */
export function SearchResults({ query, hits }: SearchResultsProps) {
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title" class="cc-guide-title">
        Search: “{query.trim()}”
      </h1>
      <p class="cc-muted" aria-live="polite">
        {hits.length === 0
          ? 'Nothing found. Try another word.'
          : `${hits.length} found. Clear the search to go back.`}
      </p>
      {hits.length > 0 && (
        <ul class="cc-rows" aria-label="Search results">
          {hits.map((hit) => (
            <li key={`${hit.id}/${hit.anchor ?? ''}`} class="cc-row-card">
              <a href={guideHref(hit.id, hit.anchor)}>{hit.title}</a>
              <p class="cc-muted">{hit.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
