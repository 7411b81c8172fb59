// The environment npm and pnpm run in for the registry test: nothing inherited from the
// `pnpm test` that started Vitest, and config, cache and token in a temporary folder.
import { run } from './exec.js';

/** The current environment minus what a package manager or Vitest set for this process. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_config_|vitest)/i.test(key)) continue;
    env[key] = value;
  }
  return env;
}

/** `npm config get registry`, as the user's npm configuration (or `npm_config_registry`) says. */
export async function configuredRegistry(cwd: string): Promise<string> {
  const result = await run('npm', ['config', 'get', 'registry'], { cwd, killAfterMs: 60_000 });
  const url = result.stdout.trim();
  if (result.status !== 0 || !/^https?:\/\//.test(url)) {
    throw new Error(
      `\`npm config get registry\` gave no URL (exit ${result.status}): ${result.stdout}${result.stderr}`,
    );
  }
  return url.endsWith('/') ? url : `${url}/`;
}

/** npm and pnpm settings for talking to a test registry and nothing else. */
export function registryEnv(options: { userconfig: string; cache: string }): NodeJS.ProcessEnv {
  return {
    ...cleanEnv(),
    npm_config_userconfig: options.userconfig,
    npm_config_cache: options.cache,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
}
