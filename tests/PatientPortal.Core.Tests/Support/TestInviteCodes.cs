using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Security;

namespace PatientPortal.Core.Tests.Support;

/// <summary>The invite-code rules over a few listed passwords (the real list is tested with them in the infrastructure tests).</summary>
internal static class TestInviteCodes
{
    public static InviteCodeStrength Strength { get; } = new(new ListedPasswords("welcome", "password", "qwerty", "dragon", "letmein", "sunshine"), TestPractice.Options);

    private sealed class ListedPasswords(params string[] passwords) : ICommonPasswords
    {
        public bool Contains(string password) => passwords.Contains(password, StringComparer.OrdinalIgnoreCase);
    }
}
