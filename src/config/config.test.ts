import { describe, expect, it } from 'vitest';
import { ConfigError, resolveConfig } from './index.js';

describe('config', () => {
  const place = { cwd: '/work', home: '/home/u' };

  it('defaults the store to ~/.local/share/isnad/isnad.db, or under XDG_DATA_HOME', () => {
    expect(resolveConfig({}, {}, place).dbPath).toBe('/home/u/.local/share/isnad/isnad.db');
    expect(resolveConfig({}, { XDG_DATA_HOME: '/data' }, place).dbPath).toBe('/data/isnad/isnad.db');
  });

  it('takes a flag over the environment over the default', () => {
    expect(resolveConfig({}, { ISNAD_DB: 'env.db' }, place).dbPath).toBe('/work/env.db');
    expect(resolveConfig({ db: 'flag.db' }, { ISNAD_DB: 'env.db' }, place).dbPath).toBe('/work/flag.db');
    expect(resolveConfig({}, { ISNAD_PORT: '9000' }, place).port).toBe(9000);
    expect(resolveConfig({ port: '7000' }, { ISNAD_PORT: '9000' }, place).port).toBe(7000);
    expect(resolveConfig({}, {}, place)).toMatchObject({ port: 8080, host: '127.0.0.1', debug: false });
  });

  it('takes a postgres:// URL as a PostgreSQL store, as given, and anything else as a SQLite file', () => {
    const url = 'postgres://isnad:secret@db.example:5432/isnad';
    expect(resolveConfig({}, { ISNAD_DB: url }, place)).toMatchObject({ dbPath: url, dbDialect: 'postgres' });
    expect(resolveConfig({ db: 'postgresql://h/db' }, {}, place)).toMatchObject({ dbPath: 'postgresql://h/db', dbDialect: 'postgres' });
    expect(resolveConfig({ db: 'postgres.db' }, {}, place)).toMatchObject({ dbPath: '/work/postgres.db', dbDialect: 'sqlite' });
  });

  it('is frozen', () => {
    expect(Object.isFrozen(resolveConfig({}, {}, place))).toBe(true);
  });

  it('resolves the user outlets file from --outlets over ISNAD_OUTLETS, and has none by default', () => {
    expect(resolveConfig({ outlets: 'mine.tsv' }, { ISNAD_OUTLETS: 'env.tsv' }, place).outletsFile).toBe('/work/mine.tsv');
    expect(resolveConfig({}, { ISNAD_OUTLETS: 'env.tsv' }, place).outletsFile).toBe('/work/env.tsv');
    expect(resolveConfig({}, {}, place).outletsFile).toBeUndefined();
  });

  it('resolves the mail settings with the rest: flag over environment over default, frozen', () => {
    expect(resolveConfig({}, {}, place).mail).toEqual({
      smtpUrl: undefined, secret: undefined, publicUrl: 'http://127.0.0.1:8080', from: 'isnad <alerts@localhost>', domain: 'localhost',
    });
    const env = { ISNAD_SMTP_URL: 'smtp://mail.example:587', ISNAD_SECRET: 's3', ISNAD_PUBLIC_URL: 'https://env.example/', ISNAD_MAIL_FROM: 'isnad <alerts@isnad.example>' };
    expect(resolveConfig({}, env, place).mail).toEqual({
      smtpUrl: 'smtp://mail.example:587', secret: 's3', publicUrl: 'https://env.example', from: 'isnad <alerts@isnad.example>', domain: 'isnad.example',
    });
    expect(resolveConfig({ publicUrl: 'https://flag.example' }, env, place).mail.publicUrl).toBe('https://flag.example');
    expect(Object.isFrozen(resolveConfig({}, env, place).mail)).toBe(true);
  });

  it.each([
    ['an SMTP URL of another scheme', { ISNAD_SMTP_URL: 'http://mail.example' }, /ISNAD_SMTP_URL/],
    ['a From without an address', { ISNAD_MAIL_FROM: 'isnad' }, /ISNAD_MAIL_FROM/],
    ['a From of two lines', { ISNAD_MAIL_FROM: 'a@b.c\r\nBcc: x@y.z' }, /ISNAD_MAIL_FROM/],
    ['a public URL with a path', { ISNAD_PUBLIC_URL: 'https://isnad.example/app' }, /origin/],
  ])('refuses %s', (_name, env, message) => {
    expect(() => resolveConfig({}, env, place)).toThrow(message);
  });

  it('refuses a bad port', () => {
    expect(() => resolveConfig({ port: 'eighty' }, {}, place)).toThrow(ConfigError);
  });
});
