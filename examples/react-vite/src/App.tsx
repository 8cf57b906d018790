import {useState} from 'react';
import {bundledDataset, type Dataset, type FactorFilterChangeDetail} from 'scholingsfactoren';

/** An app's own dataset: here the first 60 factors of the bundled one, given to the table as `data`. */
const eigenDataset: Dataset = {...bundledDataset, factors: bundledDataset.factors.slice(0, 60)};

export function App() {
  const [filter, setFilter] = useState<FactorFilterChangeDetail>();
  return (
    <main>
      <h1>Scholingsfactoren</h1>
      <actor-filter with-kind onfactor-filter-change={(event) => setFilter(event.detail)}></actor-filter>
      <p id="gekozen">{filter ? `Gekozen: ${filter.actors.join(', ') || 'alle actoren'}` : 'Nog niets gekozen'}</p>
      <factor-table data={eigenDataset} actor="werkgever trainer" onfactor-error={(event) => console.error(event.detail.errors)}></factor-table>
      <barrier-heatmap></barrier-heatmap>
      <source-citation source="tno-2011" compact></source-citation>
    </main>
  );
}
