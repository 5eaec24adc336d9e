import { Alert, Anchor, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { apiTabUrl, useApiOutlet } from '../apiTabs';

/** Minting test tokens is the token issue's work; until then this tab says so and nothing else. */
export function TestTab() {
  const { api } = useApiOutlet();
  return (
    <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />} title="Testing comes in a later version">
      <Text size="sm">
        Getting an access token for this API from here, with its Test Application, comes in a later version of Token
        Workbench. Meanwhile you can authorize applications on the{' '}
        <Anchor component={Link} to={apiTabUrl(api.id, 'machine-to-machine')} size="sm">
          Machine to Machine Applications
        </Anchor>{' '}
        tab.
      </Text>
    </Alert>
  );
}
