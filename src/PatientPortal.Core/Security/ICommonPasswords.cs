namespace PatientPortal.Core.Security;

/// <summary>A list of passwords attackers try first.</summary>
public interface ICommonPasswords
{
    bool Contains(string password);
}
