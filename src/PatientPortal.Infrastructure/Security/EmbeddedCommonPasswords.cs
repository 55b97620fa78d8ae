using PatientPortal.Core.Security;

namespace PatientPortal.Infrastructure.Security;

/// <summary>The 30,000 most common passwords, shipped inside the assembly (see common-passwords.txt for its source).</summary>
internal sealed class EmbeddedCommonPasswords : ICommonPasswords
{
    private readonly Lazy<HashSet<string>> _passwords = new(Load);

    public bool Contains(string password) => _passwords.Value.Contains(password.Trim());

    private static HashSet<string> Load()
    {
        using var stream = typeof(EmbeddedCommonPasswords).Assembly.GetManifestResourceStream("PatientPortal.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                passwords.Add(line);
            }
        }

        return passwords;
    }
}
