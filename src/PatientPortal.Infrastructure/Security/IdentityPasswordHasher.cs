using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Security;
using PatientOptions = PatientPortal.Core.Security.PasswordOptions;

namespace PatientPortal.Infrastructure.Security;

/// <summary>
/// ASP.NET Core Identity's PasswordHasher (V3: PBKDF2-HMAC-SHA512) with the iteration count raised to
/// the configured level. Hashing is deliberately slow, so it runs on its own few threads (<see cref="PasswordHashingWorkers"/>).
/// </summary>
internal sealed class IdentityPasswordHasher : IPatientPasswordHasher
{
    private static readonly object Owner = new();
    private readonly PasswordHasher<object> _hasher;
    private readonly PasswordHashingWorkers _workers;
    private readonly Lazy<string> _dummyHash;

    public IdentityPasswordHasher(IOptions<PatientOptions> options, PasswordHashingWorkers workers)
    {
        ArgumentNullException.ThrowIfNull(options);
        _workers = workers;
        _hasher = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
            IterationCount = options.Value.HashIterations,
        }));
        _dummyHash = new Lazy<string>(() => _hasher.HashPassword(Owner, SecureToken.Generate()));
    }

    public Task<string> HashAsync(string password, CancellationToken cancellationToken) =>
        _workers.RunAsync(() => _hasher.HashPassword(Owner, password), cancellationToken);

    public Task<PasswordCheck> VerifyAsync(string passwordHash, string password, CancellationToken cancellationToken) =>
        _workers.RunAsync(
            () => _hasher.VerifyHashedPassword(Owner, passwordHash, password) switch
            {
                PasswordVerificationResult.Success => PasswordCheck.Success,
                PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.SuccessRehashNeeded,
                _ => PasswordCheck.Failed,
            },
            cancellationToken);

    public Task VerifyDummyAsync(string password, CancellationToken cancellationToken) =>
        VerifyAsync(_dummyHash.Value, password, cancellationToken);
}
