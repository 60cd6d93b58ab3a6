using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Styrkedja.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InternalControlAndPlanningDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InternalControlPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanningYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionParagraph = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    RegistryNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InternalControlPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InternalControlPlans_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InternalControlPlans_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InternalControlPlans_PlanningYears_PlanningYearId",
                        column: x => x.PlanningYearId,
                        principalTable: "PlanningYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanningPremises",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanningYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionParagraph = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    RegistryNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanningPremises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanningPremises_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanningPremises_PlanningYears_PlanningYearId",
                        column: x => x.PlanningYearId,
                        principalTable: "PlanningYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Risks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanningYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    Area = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Probability = table.Column<int>(type: "INTEGER", nullable: false),
                    Consequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Measures = table.Column<string>(type: "TEXT", nullable: true),
                    CarriedFromId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Risks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Risks_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Risks_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Risks_PlanningYears_PlanningYearId",
                        column: x => x.PlanningYearId,
                        principalTable: "PlanningYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Risks_Risks_CarriedFromId",
                        column: x => x.CarriedFromId,
                        principalTable: "Risks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "RiskScaleSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Axis = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskScaleSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskScaleSteps_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanningDirectives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanningYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanningPremisesId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionParagraph = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    RegistryNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanningDirectives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanningDirectives_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanningDirectives_PlanningPremises_PlanningPremisesId",
                        column: x => x.PlanningPremisesId,
                        principalTable: "PlanningPremises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PlanningDirectives_PlanningYears_PlanningYearId",
                        column: x => x.PlanningYearId,
                        principalTable: "PlanningYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PremiseSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanningPremisesId = table.Column<int>(type: "INTEGER", nullable: false),
                    Part = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Heading = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PremiseSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PremiseSections_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PremiseSections_PlanningPremises_PlanningPremisesId",
                        column: x => x.PlanningPremisesId,
                        principalTable: "PlanningPremises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Controls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    InternalControlPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    RiskId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReportedTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Controls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Controls_InternalControlPlans_InternalControlPlanId",
                        column: x => x.InternalControlPlanId,
                        principalTable: "InternalControlPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Controls_Risks_RiskId",
                        column: x => x.RiskId,
                        principalTable: "Risks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "DirectiveAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanningDirectiveId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Instructions = table.Column<string>(type: "TEXT", nullable: false),
                    OperatingFrame = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    InvestmentFrame = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectiveAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectiveAssignments_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectiveAssignments_PlanningDirectives_PlanningDirectiveId",
                        column: x => x.PlanningDirectiveId,
                        principalTable: "PlanningDirectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ControlResults",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ControlId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportRoundId = table.Column<int>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", nullable: true),
                    PerformedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ControlResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ControlResults_Controls_ControlId",
                        column: x => x.ControlId,
                        principalTable: "Controls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ControlResults_ReportRounds_ReportRoundId",
                        column: x => x.ReportRoundId,
                        principalTable: "ReportRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ControlActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ControlResultId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ResponsibleUserId = table.Column<string>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ControlActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ControlActions_AspNetUsers_ResponsibleUserId",
                        column: x => x.ResponsibleUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ControlActions_ControlResults_ControlResultId",
                        column: x => x.ControlResultId,
                        principalTable: "ControlResults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ControlActions_ControlResultId",
                table: "ControlActions",
                column: "ControlResultId");

            migrationBuilder.CreateIndex(
                name: "IX_ControlActions_ResponsibleUserId",
                table: "ControlActions",
                column: "ResponsibleUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ControlResults_ControlId_ReportRoundId",
                table: "ControlResults",
                columns: new[] { "ControlId", "ReportRoundId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ControlResults_ReportRoundId",
                table: "ControlResults",
                column: "ReportRoundId");

            migrationBuilder.CreateIndex(
                name: "IX_Controls_InternalControlPlanId",
                table: "Controls",
                column: "InternalControlPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_Controls_RiskId",
                table: "Controls",
                column: "RiskId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveAssignments_OrgUnitId",
                table: "DirectiveAssignments",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveAssignments_PlanningDirectiveId_OrgUnitId",
                table: "DirectiveAssignments",
                columns: new[] { "PlanningDirectiveId", "OrgUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InternalControlPlans_OrganisationId",
                table: "InternalControlPlans",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_InternalControlPlans_OrgUnitId_PlanningYearId",
                table: "InternalControlPlans",
                columns: new[] { "OrgUnitId", "PlanningYearId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InternalControlPlans_PlanningYearId",
                table: "InternalControlPlans",
                column: "PlanningYearId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanningDirectives_OrganisationId",
                table: "PlanningDirectives",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanningDirectives_PlanningPremisesId",
                table: "PlanningDirectives",
                column: "PlanningPremisesId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanningDirectives_PlanningYearId",
                table: "PlanningDirectives",
                column: "PlanningYearId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanningPremises_OrganisationId",
                table: "PlanningPremises",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanningPremises_PlanningYearId",
                table: "PlanningPremises",
                column: "PlanningYearId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PremiseSections_OrgUnitId",
                table: "PremiseSections",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PremiseSections_PlanningPremisesId",
                table: "PremiseSections",
                column: "PlanningPremisesId");

            migrationBuilder.CreateIndex(
                name: "IX_Risks_CarriedFromId",
                table: "Risks",
                column: "CarriedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_Risks_OrganisationId_PlanningYearId_OrgUnitId",
                table: "Risks",
                columns: new[] { "OrganisationId", "PlanningYearId", "OrgUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Risks_OrgUnitId",
                table: "Risks",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Risks_PlanningYearId",
                table: "Risks",
                column: "PlanningYearId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskScaleSteps_OrganisationId_Axis_Value",
                table: "RiskScaleSteps",
                columns: new[] { "OrganisationId", "Axis", "Value" },
                unique: true);

            migrationBuilder.Sql(RiskScaleSeed.ForExistingOrganisations());
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ControlActions");

            migrationBuilder.DropTable(
                name: "DirectiveAssignments");

            migrationBuilder.DropTable(
                name: "PremiseSections");

            migrationBuilder.DropTable(
                name: "RiskScaleSteps");

            migrationBuilder.DropTable(
                name: "ControlResults");

            migrationBuilder.DropTable(
                name: "PlanningDirectives");

            migrationBuilder.DropTable(
                name: "Controls");

            migrationBuilder.DropTable(
                name: "PlanningPremises");

            migrationBuilder.DropTable(
                name: "InternalControlPlans");

            migrationBuilder.DropTable(
                name: "Risks");
        }
    }
}
