using System.Text.RegularExpressions;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Kolada;

/// <summary>The organisation's Kolada ids: its own ("0013") and its peers' ("0010,0012,0000").</summary>
public static partial class KoladaSettings
{
    /// <summary>Kolada's municipality and region ids are four digits.</summary>
    [GeneratedRegex("^[0-9]{4}$")]
    public static partial Regex IdPattern();

    public static IEnumerable<string> PeerIds(Domain.Organisation organisation) =>
        organisation.KoladaPeerIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Own id first, then the peers, each once.</summary>
    public static IEnumerable<string> Ids(Domain.Organisation organisation) =>
        new[] { organisation.KoladaId! }.Concat(PeerIds(organisation)).Distinct();

    /// <summary>Null when every id is four digits; else the first that is not.</summary>
    public static string? FirstInvalid(IEnumerable<string> ids) => ids.FirstOrDefault(id => !IdPattern().IsMatch(id));
}
