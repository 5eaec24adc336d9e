import { Tabs } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCode, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { DecodeTab } from './decode/DecodeTab';
import { forgetRememberedToken, readRememberedToken, saveRememberedToken } from './decode/rememberToken';
import { initialEncodeState, type EncodeState } from './encode/encodeState';
import { EncodeTab } from './encode/EncodeTab';
import { EMPTY_KEY, type KeyState } from './verify/keySource';
import { EMPTY_OPTIONS, type VerifyOptionsState } from './verify/verifyOptions';

type DebuggerTab = 'decode' | 'encode';

/** Decode and verify any token, or sign one; everything runs on this machine. */
export function DebuggerPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const urlToken = searchParams.get('token');
  const [tab, setTab] = useState<DebuggerTab>('decode');
  const [token, setToken] = useState(() => urlToken ?? readRememberedToken() ?? '');
  const [remember, setRemember] = useState(() => readRememberedToken() !== null);
  // Each tab's inputs live here: only the visible tab is mounted, so labels are never ambiguous.
  const [keyState, setKeyState] = useState<KeyState>(EMPTY_KEY);
  const [options, setOptions] = useState<VerifyOptionsState>(EMPTY_OPTIONS);
  const [encodeState, setEncodeState] = useState<EncodeState>(initialEncodeState);

  // "Open in Debugger" from another page: its token replaces the current one, once.
  const [seenUrlToken, setSeenUrlToken] = useState(urlToken);
  if (urlToken !== seenUrlToken) {
    setSeenUrlToken(urlToken);
    if (urlToken !== null) {
      setToken(urlToken);
      setTab('decode');
    }
  }
  // …and leaves the address, so that a reload or a bookmark does not carry a token around.
  useEffect(() => {
    if (urlToken === null) return;
    setSearchParams(
      (params) => {
        params.delete('token');
        return params;
      },
      { replace: true },
    );
  }, [urlToken, setSearchParams]);

  const [settledToken] = useDebouncedValue(token, 400);
  useEffect(() => {
    if (remember) saveRememberedToken(settledToken);
  }, [remember, settledToken]);

  const onRememberChange = (on: boolean) => {
    setRemember(on);
    if (on) saveRememberedToken(token);
    else forgetRememberedToken();
  };

  const openInDecode = (signed: string) => {
    setToken(signed);
    setTab('decode');
  };

  return (
    <>
      <PageHeader
        title="Debugger"
        description="Decode, verify and sign JSON Web Tokens. Everything runs on this machine: nothing is sent anywhere unless you click Fetch or Discover."
      />
      <Tabs value={tab} onChange={(v) => setTab(v === 'encode' ? 'encode' : 'decode')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="decode" leftSection={<IconSearch size={16} aria-hidden />}>
            Decode
          </Tabs.Tab>
          <Tabs.Tab value="encode" leftSection={<IconCode size={16} aria-hidden />}>
            Encode
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="decode" pt="lg">
          <DecodeTab
            token={token}
            onTokenChange={setToken}
            remember={remember}
            onRememberChange={onRememberChange}
            keyState={keyState}
            onKeyChange={(patch) => setKeyState((s) => ({ ...s, ...patch }))}
            options={options}
            onOptionsChange={(patch) => setOptions((o) => ({ ...o, ...patch }))}
          />
        </Tabs.Panel>
        <Tabs.Panel value="encode" pt="lg">
          <EncodeTab
            state={encodeState}
            onChange={(patch) => setEncodeState((s) => ({ ...s, ...patch }))}
            onOpenInDecode={openInDecode}
          />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
