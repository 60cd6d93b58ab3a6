namespace Styrkedja.Web.Tests.Infrastructure;

/// <summary>The demo users and organisations the tests log in as (see README).</summary>
public static class DemoUsers
{
    public const string Halland = "Region Halland (demo)";
    public const string Blekinge = "Region Blekinge (demo)";

    public const string HallandAdmin = "admin@halland.demo";
    public const string HallandController = "controller@halland.demo";
    public const string HallandEditorHsn = "redaktor.hsn@halland.demo";
    public const string HallandEditorRun = "redaktor.run@halland.demo";
    public const string HallandReader = "lasare@halland.demo";

    public const string BlekingeAdmin = "admin@blekinge.demo";
    public const string BlekingeController = "controller@blekinge.demo";
    public const string BlekingeEditorHsn = "redaktor.hsn@blekinge.demo";
    public const string BlekingeEditorTn = "redaktor.tn@blekinge.demo";
    public const string BlekingeReader = "lasare@blekinge.demo";
}
