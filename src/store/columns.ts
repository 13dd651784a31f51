// The column types bulk writes know, as rowsParam (JSON) and binaryCopyRows (COPY) encode them.
export type ColumnType = 'uuid' | 'text' | 'text[]' | 'smallint[]' | 'date' | 'bigint' | 'integer' | 'smallint' | 'boolean' | 'jsonb' | 'real' | 'char';

export type Columns = readonly (readonly [name: string, type: ColumnType])[];
