using System.Net;

namespace Styrkedja.Kolada;

/// <summary>
/// Every way a Kolada call can fail (unreachable, too slow, an error status, an unreadable answer)
/// ends up as this one type, so that callers need a single catch and can show <see cref="Exception.Message"/>
/// (Swedish) to the user as it is. The original error is kept as <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class KoladaException : Exception
{
    public KoladaException(string message, Exception? innerException = null, HttpStatusCode? statusCode = null)
        : base(message, innerException) => StatusCode = statusCode;

    /// <summary>The HTTP status Kolada answered with, when it answered at all.</summary>
    public HttpStatusCode? StatusCode { get; }
}
