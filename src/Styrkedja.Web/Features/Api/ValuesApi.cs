using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Api;

/// <summary>One value as another system sends it. Gender is Kolada's T (total, the default), K (kvinnor) or M (män).</summary>
public sealed record ApiValue(int IndicatorId, int UnitId, int Year, int Period, string? Gender, decimal? Value, string? Comment);

/// <summary>The body of <c>POST /api/v1/values</c>: written all or nothing.</summary>
public sealed record ApiValueBatch(List<ApiValue>? Values);

public sealed record ApiWriteResult(int Received, int Written);

/// <summary>Why the value at <see cref="Index"/> of the batch was refused (-1: the batch as a whole).</summary>
public sealed record ApiValueError(int Index, string Message);

/// <summary>An indicator as a system needs it to send values: its id, rules and the units that report it.</summary>
public sealed record ApiIndicator(int Id, string Name, string MeasureUnit, int Decimals, string Periodicity, bool ByGender,
    IReadOnlyList<int> ReportingUnitIds);

/// <summary>
/// The push API: other systems (BI, HR, ledger) write indicator values with an API key. The same
/// <see cref="ValueWriter"/> as the grid checks and writes them, for the key's whole organisation.
/// </summary>
public static class ValuesApi
{
    public static IEndpointRouteBuilder MapPushApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(ApiKeyAuthenticationHandler.Policy)
            // Answers are JSON for machines: never the HTML status page the site shows people.
            .WithMetadata(new SkipStatusCodePagesAttribute());
        api.MapPost("/values", WriteValuesAsync)
            .WithName("WriteValues")
            .WithSummary("Skriv indikatorvärden (allt eller inget)")
            .AddOpenApiOperationTransformer(DescribeBodyAsync)
            .Produces<ApiWriteResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapGet("/indicators", ListIndicatorsAsync)
            .WithName("ListIndicators")
            .WithSummary("Organisationens indikatorer med de enheter som rapporterar dem")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        app.MapOpenApi().AllowAnonymous();
        return app;
    }

    /// <remarks>
    /// The body is read here rather than bound: a bound body makes routing answer a wrong content type with
    /// a bare 415 endpoint that carries none of this group's metadata, so the site's login fallback would
    /// redirect it. Read here, a wrong content type is a 415 problem and malformed JSON a 400 problem.
    /// </remarks>
    private static async Task<Results<Ok<ApiWriteResult>, ProblemHttpResult>> WriteValuesAsync(HttpRequest request,
        StyrkedjaDbContext db, CurrentUser caller, ValueWriter writer)
    {
        if (!request.HasJsonContentType())
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: ExchangeText.ApiNotJson);
        ApiValueBatch? batch;
        try
        {
            batch = await request.ReadFromJsonAsync<ApiValueBatch>();
        }
        catch (JsonException)
        {
            return Refused([new ApiValueError(-1, ExchangeText.ApiBadJson)]);
        }
        db.OrganisationId = caller.OrganisationId;
        var values = batch?.Values ?? [];
        if (values.Count == 0)
            return Refused([new ApiValueError(-1, ExchangeText.ApiNoValues)]);

        var errors = new List<ApiValueError>();
        var writes = new List<ValueWrite>();
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (GenderCodes.Parse(value.Gender) is not { } gender)
                errors.Add(new ApiValueError(i, string.Format(ExchangeText.ApiGenderUnknown, value.Gender)));
            else
                writes.Add(new ValueWrite(value.IndicatorId, value.UnitId, value.Year, value.Period, gender, value.Value,
                    value.Comment ?? ""));
        }
        if (errors.Count > 0)
            return Refused(errors);

        var result = await writer.WriteAsync(writes, IndicatorSource.Api, checkUserAccess: false);
        return result.Succeeded
            ? TypedResults.Ok(new ApiWriteResult(values.Count, result.Written))
            : Refused(result.Errors.Select(e => new ApiValueError(e.Index, e.Message)).ToList());
    }

    private static async Task DescribeBodyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context,
        CancellationToken cancellation) =>
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(ApiValueBatch), null, cancellation) },
            },
        };

    private static ProblemHttpResult Refused(List<ApiValueError> errors) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = ExchangeText.ApiRefused,
            Extensions = { ["errors"] = errors },
        });

    private static async Task<Ok<List<ApiIndicator>>> ListIndicatorsAsync(StyrkedjaDbContext db, CurrentUser caller)
    {
        db.OrganisationId = caller.OrganisationId;
        var indicators = await db.Indicators.AsNoTracking()
            .Select(i => new
            {
                i.Id, i.Name, i.MeasureUnit, i.Decimals, i.Periodicity, i.ByGender,
                Units = i.Adoptions.Select(a => a.OrgUnitId).ToList(),
            })
            .ToListAsync();
        return TypedResults.Ok(indicators
            .OrderBy(i => i.Name, StringComparer.Create(Infrastructure.ServiceRegistration.Swedish, true)).ThenBy(i => i.Id)
            .Select(i => new ApiIndicator(i.Id, i.Name, i.MeasureUnit, i.Decimals, i.Periodicity.ToString(), i.ByGender,
                i.Units.Order().ToList()))
            .ToList());
    }
}
