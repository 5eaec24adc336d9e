import { NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { NAVIGATION } from './navigation';

/** Left navigation: plain links (Tab + Enter), the current page marked for screen readers too. */
export function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  const { pathname } = useLocation();
  return (
    <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
      {NAVIGATION.map(({ label, path, icon: Icon }) => {
        const active = pathname === path || pathname.startsWith(`${path}/`);
        return (
          <li key={path}>
            <NavLink
              component={Link}
              to={path}
              label={label}
              active={active}
              aria-current={active ? 'page' : undefined}
              leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
              onClick={onNavigate}
              styles={{ root: { borderRadius: 'var(--mantine-radius-sm)' } }}
            />
          </li>
        );
      })}
    </Stack>
  );
}
