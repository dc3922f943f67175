// Makes cognito-local check passwords against the user pool's password policy, as Cognito does.
// cognito-local stores the pool's Policies.PasswordPolicy (CreateUserPool from the template) but
// accepts any password; without this a new hire's "abc" passes locally and fails in AWS.
//
// Each target that takes a password is wrapped: the password is checked against the policy of the
// pool the request addresses (by UserPoolId, by ClientId, or by the access token's client_id), and a
// non-conforming one is refused with InvalidPasswordException and Cognito's message, before the
// original target runs (so nothing changes).

const PASSWORD_FIELDS = {
  AdminCreateUser: (req) => req.TemporaryPassword,
  AdminSetUserPassword: (req) => req.Password,
  ChangePassword: (req) => req.ProposedPassword,
  ConfirmForgotPassword: (req) => req.Password,
  RespondToAuthChallenge: (req) => req.ChallengeName === 'NEW_PASSWORD_REQUIRED' ? req.ChallengeResponses?.NEW_PASSWORD : undefined,
  SignUp: (req) => req.Password,
};

// Cognito's defaults for a pool created without a password policy.
const DEFAULT_POLICY = { MinimumLength: 8, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true };
// The symbols Cognito counts (its documented set).
const SYMBOLS = /[\^$*.\[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

/** The first rule the password breaks, in Cognito's words, or null when it conforms. */
export function policyViolation(password, policy = DEFAULT_POLICY) {
  const p = { ...DEFAULT_POLICY, ...policy };
  if (password.length < (p.MinimumLength ?? 8)) return 'Password not long enough';
  if (p.RequireLowercase && !/[a-z]/.test(password)) return 'Password must have lowercase characters';
  if (p.RequireUppercase && !/[A-Z]/.test(password)) return 'Password must have uppercase characters';
  if (p.RequireNumbers && !/[0-9]/.test(password)) return 'Password must have numeric characters';
  if (p.RequireSymbols && !SYMBOLS.test(password)) return 'Password must have symbol characters';
  return null;
}

async function poolFor(services, ctx, target, req, jwt) {
  if (req.UserPoolId) return services.cognito.getUserPool(ctx, req.UserPoolId);
  const clientId = target === 'ChangePassword' ? jwt.decode(req.AccessToken)?.client_id : req.ClientId;
  return clientId ? services.cognito.getUserPoolForClientId(ctx, clientId) : null;
}

/**
 * Wraps the password-taking targets of cognito-local (call before the server is created). The modules are
 * the very ones cognito-local loads (same files; in the bundle, the same inlined modules).
 */
export async function enforcePasswordPolicy() {
  const { Targets } = (await import('cognito-local/lib/targets/targets.js')).default;
  const { CognitoError } = (await import('cognito-local/lib/errors.js')).default;
  // jsonwebtoken as cognito-local itself resolves it (a dependency of cognito-local, hoisted; not ours).
  const { default: jwt } = await import('jsonwebtoken');
  for (const [target, passwordOf] of Object.entries(PASSWORD_FIELDS)) {
    const original = Targets[target];
    Targets[target] = (services) => {
      const handle = original(services);
      return async (ctx, req) => {
        const password = passwordOf(req);
        if (typeof password === 'string') {
          // An unknown pool or client is left to the target, which answers as Cognito does.
          const pool = await poolFor(services, ctx, target, req, jwt).catch(() => null);
          const broken = pool ? policyViolation(password, pool.options?.Policies?.PasswordPolicy) : null;
          if (broken) {
            throw new CognitoError('InvalidPasswordException', `Password did not conform with policy: ${broken}`);
          }
        }
        return handle(ctx, req);
      };
    };
  }
}
