import {
  Alert,
  Anchor,
  Button,
  Divider,
  Group,
  Select,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle, IconSparkles } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Api } from '../../../../../shared/domain/api';
import type { Application, ClientGrant } from '../../../../../shared/domain/application';
import { FormError } from '../../../components/FormError';
import { LoadError } from '../../../components/LoadError';
import { useApiGrants, useApplications, useRevealSecret } from '../../../workbench/queries';
import { useMintToken } from '../../../workbench/queries-tokens';
import { apiTabUrl, useApiOutlet } from '../apiTabs';
import { AdvancedOptions } from './AdvancedOptions';
import {
  advancedFieldOf,
  EMPTY_ADVANCED,
  mintArgs,
  validateAdvanced,
  type AdvancedField,
  type AdvancedValues,
} from './advancedOptions';
import { HistorySection } from './HistorySection';
import { MintResultView, type MintedResult } from './MintResult';
import { TokenRequest } from './TokenRequest';

interface Candidates {
  authorized: Application[];
  others: Application[];
  /** What is selected until the user picks: the Test Application, else the first authorized one. */
  preferred: Application | undefined;
}

/**
 * Authorized applications first (the API's Test Application at their head), then the others, whose
 * requests the token endpoint refuses: picking one shows that refusal, as the real endpoint gives it.
 */
function candidatesFor(api: Api, apps: readonly Application[], grants: readonly ClientGrant[]): Candidates {
  const testName = `${api.name} (Test Application)`;
  const granted = new Set(grants.filter((g) => g.audience === api.identifier).map((g) => g.client_id));
  const order = (a: Application, b: Application) =>
    (a.name === testName ? 0 : 1) - (b.name === testName ? 0 : 1) ||
    a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) ||
    a.client_id.localeCompare(b.client_id);
  const authorized = apps.filter((a) => granted.has(a.client_id)).sort(order);
  const others = apps.filter((a) => !granted.has(a.client_id)).sort(order);
  return { authorized, others, preferred: apps.find((a) => a.name === testName) ?? authorized[0] };
}

function optionLabel(app: Application, authorized: boolean): string {
  if (!authorized) return app.name;
  return app.grant_types.includes('client_credentials')
    ? app.name
    : `${app.name} (no client_credentials grant type)`;
}

export function TestTab() {
  const { api } = useApiOutlet();
  const apps = useApplications();
  const grants = useApiGrants(api.id);
  const candidates = useMemo(
    () =>
      apps.data === undefined || grants.data === undefined
        ? undefined
        : candidatesFor(api, apps.data, grants.data),
    [api, apps.data, grants.data],
  );

  const error = apps.error ?? grants.error;
  if (error !== null) {
    return (
      <LoadError
        what="applications"
        error={error}
        onRetry={() => {
          void apps.refetch();
          void grants.refetch();
        }}
      />
    );
  }

  return (
    <Stack gap="xl">
      {candidates === undefined ? (
        <Stack gap="md" aria-busy aria-label="Loading applications">
          <Skeleton height={16} width="60%" />
          <Skeleton height={36} width={420} />
          <Skeleton height={150} />
        </Stack>
      ) : (
        <Minting api={api} candidates={candidates} />
      )}
      <Divider />
      <HistorySection />
    </Stack>
  );
}

function Minting({ api, candidates }: { api: Api; candidates: Candidates }) {
  const mint = useMintToken();
  const reveal = useRevealSecret();
  const [chosen, setChosen] = useState<string | null>(null);
  const [advanced, setAdvanced] = useState<AdvancedValues>(EMPTY_ADVANCED);
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const [hostErrors, setHostErrors] = useState<Partial<Record<AdvancedField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [minted, setMinted] = useState<MintedResult | null>(null);
  // Kept with the application it belongs to, so that picking another one never shows a wrong secret.
  const [revealed, setRevealed] = useState<{ clientId: string; secret: string } | null>(null);
  const [revealError, setRevealError] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const all = [...candidates.authorized, ...candidates.others];
  // A chosen application that was deleted meanwhile falls back to the default.
  const app = all.find((a) => a.client_id === chosen) ?? candidates.preferred;
  const isAuthorized = app !== undefined && candidates.authorized.includes(app);

  const data = useMemo(
    () => [
      {
        group: 'Authorized for this API',
        items: candidates.authorized.map((a) => ({ value: a.client_id, label: optionLabel(a, true) })),
      },
      ...(candidates.others.length > 0
        ? [
            {
              group: 'Not authorized (requests are refused)',
              items: candidates.others.map((a) => ({ value: a.client_id, label: a.name })),
            },
          ]
        : []),
    ],
    [candidates],
  );

  const localErrors = validateAdvanced(advanced);
  const errors = { ...localErrors, ...hostErrors };

  const change = <K extends AdvancedField>(field: K, value: AdvancedValues[K]) => {
    setAdvanced((previous) => ({ ...previous, [field]: value }));
    setHostErrors((previous) => {
      const next = { ...previous };
      delete next[field];
      // The override box changes what the claims field accepts.
      if (field === 'allowRegisteredOverride') delete next.claims;
      return next;
    });
    setFormError(null);
  };

  const onMint = () => {
    if (app === undefined) return;
    if (Object.keys(localErrors).length > 0) {
      // The fields that need attention may be folded away: show them.
      setAdvancedOpen(true);
      return;
    }
    setFormError(null);
    setHostErrors({});
    const application = app.name;
    mint.mutate(mintArgs(api.id, app.client_id, advanced), {
      onSuccess: (result) => {
        setMinted({ result, application, at: new Date() });
        // The result may be below the fold, under the advanced options.
        requestAnimationFrame(() =>
          resultRef.current?.scrollIntoView({ behavior: 'smooth', block: 'nearest' }),
        );
      },
      onError: (e) => {
        const field = advancedFieldOf(e.field);
        if (field !== undefined) {
          setHostErrors({ [field]: e.message });
          setAdvancedOpen(true);
        } else {
          setFormError(e.message);
        }
      },
    });
  };

  const onShowSecret = () => {
    if (app === undefined) return;
    setRevealError(null);
    const clientId = app.client_id;
    reveal.mutate(
      { app: clientId },
      {
        onSuccess: ({ client_secret }) => setRevealed({ clientId, secret: client_secret }),
        onError: (e) => setRevealError(e.message),
      },
    );
  };

  // A refusal is announced by its own alert; a new token only by this status line.
  const announcement =
    minted?.result.outcome === 'issued'
      ? `Token minted for ${minted.application} at ${minted.at.toLocaleTimeString()}.`
      : '';

  return (
    <Stack gap="lg" component="section" aria-labelledby="mint-heading">
      <Stack gap={4}>
        <Title order={2} fz="lg" fw={600} id="mint-heading">
          Get a test token
        </Title>
        <Text size="sm" c="dimmed" maw={760}>
          Mint the access token the token endpoint issues to an application for this API with the client
          credentials grant: same checks, same claims, signed{' '}
          {api.signing_alg === 'HS256'
            ? 'with this API’s signing secret'
            : 'with the tenant’s current signing key'}
          . Nothing leaves this machine.
        </Text>
      </Stack>

      {all.length === 0 ? (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title="No application to test with"
        >
          This tenant has no application. Create a machine-to-machine application on the{' '}
          <Anchor component={Link} to="/applications" inherit>
            Applications
          </Anchor>{' '}
          page, then authorize it on the{' '}
          <Anchor component={Link} to={apiTabUrl(api.id, 'machine-to-machine')} inherit>
            Machine to Machine Applications
          </Anchor>{' '}
          tab.
        </Alert>
      ) : (
        <>
          <Select
            label="Application"
            description={
              app !== undefined && isAuthorized ? (
                `Client ID ${app.client_id}`
              ) : (
                <>
                  Not authorized for this API: the token endpoint refuses its requests. Authorize it on the{' '}
                  <Anchor component={Link} to={apiTabUrl(api.id, 'machine-to-machine')} inherit>
                    Machine to Machine Applications
                  </Anchor>{' '}
                  tab.
                </>
              )
            }
            data={data}
            value={app?.client_id ?? null}
            onChange={(value) => {
              setChosen(value);
              setRevealError(null);
            }}
            allowDeselect={false}
            searchable
            // Thousands of applications would slow the list down; searching finds the rest.
            limit={200}
            nothingFoundMessage="No application matches"
            maw={520}
            styles={{
              description: { fontFamily: isAuthorized ? 'var(--mantine-font-family-monospace)' : undefined },
            }}
          />
          {app !== undefined && (
            <TokenRequest
              api={api}
              app={app}
              secret={revealed?.clientId === app.client_id ? revealed.secret : undefined}
              revealing={reveal.isPending}
              revealError={revealError}
              onShowSecret={onShowSecret}
              onHideSecret={() => setRevealed(null)}
            />
          )}

          <AdvancedOptions
            api={api}
            values={advanced}
            errors={errors}
            onChange={change}
            onReset={() => {
              setAdvanced(EMPTY_ADVANCED);
              setHostErrors({});
            }}
            opened={advancedOpen}
            onToggle={() => setAdvancedOpen((o) => !o)}
          />

          <FormError message={formError} />

          <Group>
            <Button
              onClick={onMint}
              loading={mint.isPending}
              disabled={app === undefined}
              leftSection={<IconSparkles size={16} aria-hidden />}
            >
              Mint token
            </Button>
          </Group>
        </>
      )}

      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <div ref={resultRef}>{minted !== null && <MintResultView minted={minted} apiId={api.id} />}</div>
    </Stack>
  );
}
