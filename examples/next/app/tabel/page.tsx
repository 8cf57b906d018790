// Only the table, with the bundled dataset: what a page that shows the factors loads.
import {Tabel} from './tabel';

export default function Page() {
  return <Tabel />;
}
