'use client';
// The elements through the React components of scholingsfactoren/react: after hydration they still get
// `data` and their event props (React itself drops both for custom elements it hydrates, react#35446).
import {useState} from 'react';
import {ActorFilter, BarrierHeatmap, FactorTable, SourceCitation, type Dataset, type FactorFilterChangeDetail} from 'scholingsfactoren/react';
import {bundledDataset} from 'scholingsfactoren/data';

/** An app's own dataset: here the first 60 factors of the bundled one, given to the table as `data`. */
const eigenDataset: Dataset = {...bundledDataset, factors: bundledDataset.factors.slice(0, 60)};

export function Landschap() {
  const [filter, setFilter] = useState<FactorFilterChangeDetail>();
  return (
    <>
      <ActorFilter withKind onFilterChange={(event) => setFilter(event.detail)} />
      <p id="gekozen">{filter ? `Gekozen: ${filter.actors.join(', ') || 'alle actoren'}` : 'Nog niets gekozen'}</p>
      <FactorTable data={eigenDataset} actor="werkgever trainer" onFactorError={(event) => console.error(event.detail.errors)} />
      <BarrierHeatmap />
      <SourceCitation source="tno-2011" compact />
    </>
  );
}
