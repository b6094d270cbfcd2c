using Firely.Fhir.Validation;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using Narplan.Web.Tests.Infrastructure;
using F = Hl7.Fhir.Model;

namespace Narplan.Web.Tests.Fhir;

/// <summary>
/// The Firely validator over the R4 specification zip (package Hl7.Fhir.Specification.Data.R4), built once for every FHIR
/// test: compiling the base profiles is slow.
/// </summary>
public sealed class FhirValidatorFixture
{
    public FhirValidatorFixture()
    {
        var zip = Path.Combine(AppContext.BaseDirectory, "specification.zip");
        var resolver = new CachedResolver(new ZipSource(zip));
        Validator = new Validator(resolver, LocalTerminologyService.CreateDefaultForCore(resolver));
    }

    public Validator Validator { get; }

    /// <summary>The error and fatal issues of validating <paramref name="resource"/> against its R4 base profile.</summary>
    public IReadOnlyList<string> Errors(F.Resource resource)
    {
        lock (Validator)
        {
            var outcome = Validator.Validate(resource);
            return outcome.Issue
                .Where(i => i.Severity is F.OperationOutcome.IssueSeverity.Error or F.OperationOutcome.IssueSeverity.Fatal)
                .Select(i => $"{resource.TypeName}/{resource.Id}: {i.Details?.Text ?? i.Diagnostics} @ {string.Join(",", i.Expression)}")
                .ToList();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class FhirCollection : ICollectionFixture<FhirValidatorFixture>, ICollectionFixture<NarplanAppFactory>
{
    public const string Name = "FHIR directory";
}
