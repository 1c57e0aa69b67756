/** One row of a report table: a header cell naming it, then its figures. */
export interface Row {
  key: string;
  /** `data-*` attributes that name the row for tests and styles. */
  data?: Record<`data-${string}`, string>;
  head: string;
  cells: Array<string | number>;
}

/** The report's tables: a caption per column, a named row per agent, check or side. */
export function RowTable(props: { columns: string[]; rows: Row[] }) {
  return (
    <table>
      <thead>
        <tr>
          {props.columns.map((caption, i) => (
            <th key={i} scope="col">
              {caption}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.key} {...row.data}>
            <th scope="row">{row.head}</th>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
