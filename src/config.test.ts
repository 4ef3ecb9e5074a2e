import { describe, expect, it } from 'vitest';
import { loadConfig, trustProxyOption } from './config.ts';

describe('proxy settings', () => {
  it('trusts nobody by default, and exactly one hop with TRUST_PROXY=true', () => {
    expect(trustProxyOption(loadConfig({}))).toBe(false);
    const oneHop = trustProxyOption(loadConfig({ TRUST_PROXY: 'true' }));
    expect(typeof oneHop).toBe('function');
    const trust = oneHop as (address: string, hop: number) => boolean;
    expect([trust('10.0.0.1', 0), trust('10.0.0.2', 1), trust('203.0.113.7', 2)]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('reads a list of proxy addresses and ranges', () => {
    const config = loadConfig({
      TRUST_PROXY: 'true',
      TRUSTED_PROXIES: ' 10.0.0.1, 10.0.0.0/8 ,::1,fd00::/8',
    });
    expect(config.TRUSTED_PROXIES).toEqual(['10.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8']);
    expect(trustProxyOption(config)).toEqual(['10.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8']);
  });

  it('names the variable when a proxy is not an address, or when TRUST_PROXY is not set', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true', TRUSTED_PROXIES: '10.0.0.1,proxy.local' })).toThrow(
      /TRUSTED_PROXIES\.1: not an IP address or CIDR range/,
    );
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.1' })).toThrow(
      /TRUSTED_PROXIES: set TRUST_PROXY=true as well/,
    );
  });

  it('reads the limits, with their defaults', () => {
    expect(loadConfig({})).toMatchObject({
      SIGN_IN_ACCOUNT_LIMIT: 5,
      SIGN_IN_ACCOUNT_MINUTES: 15,
      SIGN_UP_RATE_LIMIT: 20,
      COMMENT_RATE_LIMIT: 30,
      COMMENT_ADDRESS_RATE_LIMIT: 60,
    });
    expect(() => loadConfig({ SIGN_IN_ACCOUNT_LIMIT: '0' })).toThrow(/SIGN_IN_ACCOUNT_LIMIT/);
  });
});
