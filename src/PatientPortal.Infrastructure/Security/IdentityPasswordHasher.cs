using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Security;
using PatientOptions = PatientPortal.Core.Security.PasswordOptions;

namespace PatientPortal.Infrastructure.Security;

/// <summary>
/// ASP.NET Core Identity's PasswordHasher (V3: PBKDF2-HMAC-SHA512) with the iteration count raised to
/// the configured level. Hashing is deliberately slow, so only a few run at once.
/// </summary>
internal sealed class IdentityPasswordHasher : IPatientPasswordHasher, IDisposable
{
    private static readonly object Owner = new();
    private readonly PasswordHasher<object> _hasher;
    private readonly SemaphoreSlim _gate;
    private readonly Lazy<string> _dummyHash;

    public IdentityPasswordHasher(IOptions<PatientOptions> options)
    {
        _hasher = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
            IterationCount = options.Value.HashIterations,
        }));
        _gate = new SemaphoreSlim(options.Value.MaxConcurrentHashes);
        _dummyHash = new Lazy<string>(() => _hasher.HashPassword(Owner, SecureToken.Generate()));
    }

    public async Task<string> HashAsync(string password, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _hasher.HashPassword(Owner, password);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<PasswordCheck> VerifyAsync(string passwordHash, string password, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _hasher.VerifyHashedPassword(Owner, passwordHash, password) switch
            {
                PasswordVerificationResult.Success => PasswordCheck.Success,
                PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.SuccessRehashNeeded,
                _ => PasswordCheck.Failed,
            };
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task VerifyDummyAsync(string password, CancellationToken cancellationToken) =>
        VerifyAsync(_dummyHash.Value, password, cancellationToken);

    public void Dispose() => _gate.Dispose();
}
