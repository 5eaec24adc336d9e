import { describe, expect, it } from 'vitest';
import { dataDirFromArgv } from '../../../src/main/electron/argv';

describe('dataDirFromArgv', () => {
  it('reads --data-dir <folder> and --data-dir=<folder>', () => {
    expect(dataDirFromArgv(['/opt/Token Workbench/token-workbench', '--data-dir', '/tmp/ws'])).toBe(
      '/tmp/ws',
    );
    expect(dataDirFromArgv(['electron', '.', '--data-dir=/tmp/ws b'])).toBe('/tmp/ws b');
  });

  it('ignores the executable, Chromium switches and other arguments', () => {
    expect(dataDirFromArgv(['--data-dir=/not/this'])).toBeUndefined();
    expect(dataDirFromArgv(['electron', '.', '--no-sandbox', '--inspect=0'])).toBeUndefined();
    expect(dataDirFromArgv(['electron', '--data-dir', '--no-sandbox'])).toBeUndefined();
    expect(dataDirFromArgv(['electron', '--data-dir'])).toBeUndefined();
    expect(dataDirFromArgv(['electron', '--data-dir='])).toBeUndefined();
  });

  it('lets the last occurrence win', () => {
    expect(dataDirFromArgv(['electron', '--data-dir', 'a', '--data-dir=b'])).toBe('b');
  });
});
