using Microsoft.EntityFrameworkCore;

namespace PatientPortal.Infrastructure.Persistence.SqlServer;

/// <summary>The production provider, usually the same SQL Server database as the Umbraco site.</summary>
public sealed class SqlServerPatientPortalDbContext(DbContextOptions<SqlServerPatientPortalDbContext> options) : PatientPortalDbContext(options);
