import { useState } from 'preact/hooks';
import { guideHref } from '@/lib/guides/route';
import type { SearchHit } from '@/lib/guides/search';

interface GuideSearchProps {
  /** Called only once the person types, so the index is built only when it is needed. */
  search: (query: string) => SearchHit[];
}

/** Search across every guide, offline, as the person types. */
export function GuideSearch({ search }: GuideSearchProps) {
  const [query, setQuery] = useState('');
  const searching = query.trim().length > 0;
  const hits = searching ? search(query) : [];
  return (
    <section class="cc-search" aria-label="Search">
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="guide-search">Search all guides</label>
        <input
          id="guide-search"
          type="search"
          value={query}
          placeholder="For example: battery, Wi-Fi, backup"
          autocomplete="off"
          aria-describedby="guide-search-count"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </form>
      <p id="guide-search-count" class="cc-muted" aria-live="polite">
        {searching ? (hits.length === 0 ? 'Nothing found. Try another word.' : `${hits.length} found`) : ''}
      </p>
      {searching && hits.length > 0 && (
        <ul class="cc-search-results" aria-label="Search results">
          {hits.map((hit) => (
            <li key={`${hit.id}/${hit.anchor ?? ''}`}>
              <a href={guideHref(hit.id, hit.anchor)}>{hit.title}</a>
              <p class="cc-muted">{hit.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
