import {CUSTOM_ELEMENTS_SCHEMA, Component, signal} from '@angular/core';
import {bundledDataset, type Dataset, type FactorErrorEvent, type FactorFilterChangeDetail, type FactorFilterChangeEvent} from 'scholingsfactoren';

/** An app's own dataset: here the first 60 factors of the bundled one, given to the table as `data`. */
const eigenDataset: Dataset = {...bundledDataset, factors: bundledDataset.factors.slice(0, 60)};

/**
 * Every element in an Angular component. CUSTOM_ELEMENTS_SCHEMA lets Angular accept tags it does not
 * know (else NG8001); with strictTemplates, `$event` of (factor-filter-change) is a
 * FactorFilterChangeEvent, from the package's HTMLElementEventMap.
 */
@Component({
  selector: 'app-landschap',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <h1>Scholingsfactoren</h1>
    <actor-filter with-kind (factor-filter-change)="onFilterChange($event)"></actor-filter>
    <p id="gekozen">{{ gekozen() }}</p>
    <factor-table [data]="eigenDataset" actor="werkgever trainer" (factor-error)="onError($event)"></factor-table>
    <barrier-heatmap></barrier-heatmap>
    <source-citation source="tno-2011" compact></source-citation>
  `,
})
export class LandschapComponent {
  protected readonly eigenDataset = eigenDataset;
  private readonly filter = signal<FactorFilterChangeDetail | undefined>(undefined);

  protected gekozen(): string {
    const filter = this.filter();
    return filter ? `Gekozen: ${filter.actors.join(', ') || 'alle actoren'}` : 'Nog niets gekozen';
  }

  protected onFilterChange(event: FactorFilterChangeEvent): void {
    this.filter.set(event.detail);
  }

  protected onError(event: FactorErrorEvent): void {
    console.error(event.detail.errors);
  }
}
