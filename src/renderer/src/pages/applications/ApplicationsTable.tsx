import { useNavigate } from 'react-router';
import { APP_TYPE_LABELS, type Application } from '../../../../shared/domain/application';
import { LinkRow, ListTable, type ListColumn } from '../../components/ListTable';
import classes from '../../components/ListTable.module.css';

const COLUMNS: ListColumn[] = [
  { label: 'Name', w: '38%' },
  { label: 'Type', w: 200 },
  { label: 'Client ID' },
];

interface ApplicationsTableProps {
  apps: Application[] | undefined;
  filtered: boolean;
}

export function ApplicationsTable({ apps, filtered }: ApplicationsTableProps) {
  const navigate = useNavigate();
  return (
    <ListTable
      columns={COLUMNS}
      minWidth={620}
      highlightOnHover
      layout="fixed"
      items={apps}
      skeleton={{ rows: 3, height: 14 }}
      empty={
        filtered
          ? 'No application matches this filter.'
          : 'No applications yet. Create a machine-to-machine application to get tokens for your APIs.'
      }
      virtualRows={{
        key: (app) => app.client_id,
        fixedSize: true,
        render: (app) => (
          <LinkRow to={`/applications/${app.client_id}`} name={app.name} navigate={navigate}>
            <td className={classes.cell}>
              <span className={`${classes.tag} ${app.app_type === 'non_interactive' ? classes.tagIndigo : classes.tagGray}`}>{APP_TYPE_LABELS[app.app_type]}</span>
            </td>
            <td className={`${classes.cell} ${classes.mono}`}>{app.client_id}</td>
          </LinkRow>
        ),
      }}
    />
  );
}
