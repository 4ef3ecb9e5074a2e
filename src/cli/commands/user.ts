import type { Command } from 'commander';
import { normaliseEmail } from '../../auth/user.repository.ts';
import type { Result } from '../../commands/index.ts';
import { cliConfig } from '../context.ts';
import { CliError, parseInput } from '../errors.ts';
import { formatTable, say } from '../io.ts';
import { createUserInput, listUsersInput, resetPasswordInput } from '../user.schema.ts';
import { withDatabase } from '../with-database.ts';

/**
 * The value of an account command, or its failure as the one line the console prints. The console
 * speaks English, and these commands fail two ways: the address is taken (`invalid`), or no
 * account has it (`not-found`).
 */
function unwrap<T>(result: Result<T>, email: string): T {
  if (result.ok) return result.value;
  const address = normaliseEmail(email);
  throw new CliError(
    result.kind === 'not-found'
      ? `there is no user with email ${address}`
      : `a user with email ${address} already exists`,
  );
}

/** The account commands, loaded once the input is known to be valid. */
const userAdmin = () => import('../user-admin.ts');

/** `user create | list | reset-password`: accounts, for operators at the console. */
export function userCommands(program: Command): void {
  const user = program.command('user').description('create and list accounts, reset passwords');

  user
    .command('create')
    .description('create an active account (prints a generated password when --password is not given)')
    .requiredOption('--email <email>', 'email address, used to sign in')
    .requiredOption('--name <name>', 'name shown on the site')
    .option('--role <role>', 'admin, moderator or user', 'user')
    .option('--password <password>', 'the password (at least 10 characters); generated when left out')
    .action(async (options: Record<string, string | undefined>, command: Command) => {
      const input = parseInput(createUserInput, options);
      const config = cliConfig(command);
      const { createUser } = await userAdmin();
      const created = unwrap(
        await withDatabase(config, { migrate: true }, (db) => createUser(db.kysely, input)),
        input.email,
      );
      say(`Created ${created.user.email} (${created.user.role}, active).`);
      if (created.generatedPassword) {
        say('This password is shown only once:');
        say(`  password: ${created.generatedPassword}`);
      }
    });

  user
    .command('list')
    .description('list accounts, oldest first')
    .option('--status <status>', 'only pending, active or deactivated accounts')
    .option('--role <role>', 'only admin, moderator or user accounts')
    .option('--json', 'print JSON instead of a table')
    .action(async (options: { status?: string; role?: string; json?: boolean }, command: Command) => {
      const filter = parseInput(listUsersInput, { status: options.status, role: options.role });
      const config = cliConfig(command);
      const { listUsers } = await userAdmin();
      const users = await withDatabase(config, { mustExist: true }, (db) => listUsers(db.kysely, filter));
      if (options.json) {
        const data = users.map((u) => ({
          id: u.id,
          email: u.email,
          name: u.name,
          role: u.role,
          status: u.status,
          createdAt: u.created_at,
        }));
        say(JSON.stringify(data, null, 2));
        return;
      }
      if (users.length === 0) {
        say('No users match.');
        return;
      }
      say(
        formatTable(
          ['email', 'name', 'role', 'status', 'created'],
          users.map((u) => [u.email, u.name, u.role, u.status, u.created_at.slice(0, 10)]),
        ),
      );
      say(`${users.length} user${users.length === 1 ? '' : 's'}`);
    });

  user
    .command('reset-password')
    .description(
      'print a password-reset link valid for 24 hours, or set a new password with --password (signs the user out everywhere and revokes their API tokens)',
    )
    .requiredOption('--email <email>', 'the account to reset')
    .option('--password <password>', 'set this password now instead of printing a link')
    .action(async (options: { email?: string; password?: string }, command: Command) => {
      const input = parseInput(resetPasswordInput, options);
      const config = cliConfig(command);
      const { issuePasswordReset, setPassword } = await userAdmin();
      await withDatabase(config, { migrate: true, mustExist: true }, async (db) => {
        if (input.password !== undefined) {
          const { sessionsEnded, tokensRevoked } = unwrap(
            await setPassword(db.kysely, input.email, input.password),
            input.email,
          );
          say(
            `Password changed for ${input.email.toLowerCase()}; ${sessionsEnded} session(s) ended, ${tokensRevoked} API token(s) revoked.`,
          );
          return;
        }
        const { secret, expiresAt } = unwrap(await issuePasswordReset(db.kysely, input.email), input.email);
        const base = config.PUBLIC_URL.replace(/\/+$/, '');
        say(`Password-reset link for ${input.email.toLowerCase()} (valid until ${expiresAt}):`);
        say(`${base}/reset-password/${secret}`);
      });
    });
}
