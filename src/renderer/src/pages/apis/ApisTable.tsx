import { useNavigate } from 'react-router';
import type { Api } from '../../../../shared/domain/api';
import { LinkRow, ListTable, type ListColumn } from '../../components/ListTable';
import classes from '../../components/ListTable.module.css';

const COLUMNS: ListColumn[] = [
  { label: 'Name', w: '34%' },
  { label: 'Identifier' },
  { label: 'Signing Algorithm', w: 180 },
];

interface ApisTableProps {
  /** Undefined while loading. */
  apis: Api[] | undefined;
  /** Set when a filter hides every API, to say so instead of "No APIs yet". */
  filtered: boolean;
}

/** The tenant's APIs: what each is called, the audience its tokens carry, and how they are signed. */
export function ApisTable({ apis, filtered }: ApisTableProps) {
  const navigate = useNavigate();
  return (
    <ListTable
      columns={COLUMNS}
      minWidth={560}
      highlightOnHover
      layout="fixed"
      items={apis}
      skeleton={{ rows: 3, height: 14 }}
      empty={
        filtered
          ? 'No API matches this filter.'
          : 'No APIs yet. Create one to define the audience of the tokens your API accepts.'
      }
      virtualRows={{
        key: (api) => api.id,
        fixedSize: true,
        render: (api) => (
          <LinkRow to={`/apis/${api.id}/quick-start`} name={api.name} navigate={navigate}>
            <td className={`${classes.cell} ${classes.mono}`} title={api.identifier}>
              {api.identifier}
            </td>
            <td className={classes.cell}>
              <span className={`${classes.tag} ${api.signing_alg === 'HS256' ? classes.tagOrange : classes.tagBlue}`}>{api.signing_alg}</span>
            </td>
          </LinkRow>
        ),
      }}
    />
  );
}
