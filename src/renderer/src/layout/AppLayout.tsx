import { AppShell, Burger, Group, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconShieldLock } from '@tabler/icons-react';
import { Outlet } from 'react-router';
import { useWorkspaceStatus } from '../workbench/queries';
import classes from './AppLayout.module.css';
import { Navigation } from './Navigation';
import { StorageNotices } from './StorageNotices';
import { TenantSwitcher } from './TenantSwitcher';

/** Header (product, current tenant), left navigation, and the page with storage notices on top. */
export function AppLayout() {
  const [navOpened, nav] = useDisclosure(false);
  const version = useWorkspaceStatus().data?.appVersion;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="xl"
    >
      {/* Keyboard users skip the header and navigation in one keystroke. */}
      <a href="#main" className={classes.skipLink} onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>

      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <ThemeIcon variant="filled" size={30} radius="md" aria-hidden>
              <IconShieldLock size={18} stroke={1.8} />
            </ThemeIcon>
            <Text fw={700} size="lg" component="span" style={{ whiteSpace: 'nowrap' }}>
              Token Workbench
            </Text>
          </Group>
          <TenantSwitcher />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" component="nav" aria-label="Main">
        <AppShell.Section grow>
          <Navigation onNavigate={nav.close} />
        </AppShell.Section>
        {version !== undefined && (
          <AppShell.Section>
            <Text size="xs" c="dimmed" px="sm">
              Version {version}
            </Text>
          </AppShell.Section>
        )}
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        <div className={classes.content}>
          <StorageNotices />
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
