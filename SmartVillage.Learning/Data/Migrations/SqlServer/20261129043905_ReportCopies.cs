using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartVillage.Learning.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReportCopies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MarkedSessions",
                table: "Registrations",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PresentSessions",
                table: "Registrations",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "EarnedEvidence",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    AreaCode = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SourceId = table.Column<int>(type: "int", nullable: false),
                    Shows = table.Column<int>(type: "int", nullable: false),
                    EarnedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TrackCode = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EarnedEvidence", x => new { x.UserId, x.AreaCode, x.Kind, x.SourceId });
                    table.ForeignKey(
                        name: "FK_EarnedEvidence_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EarnedEvidence_CompetencyAreas_AreaCode",
                        column: x => x.AreaCode,
                        principalTable: "CompetencyAreas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LearningGains_UserId_PreScore_PostScore_Gain",
                table: "LearningGains",
                columns: new[] { "UserId", "PreScore", "PostScore", "Gain" });

            migrationBuilder.CreateIndex(
                name: "IX_EarnedEvidence_AreaCode",
                table: "EarnedEvidence",
                column: "AreaCode");

            migrationBuilder.CreateIndex(
                name: "IX_EarnedEvidence_UserId_AreaCode_Shows",
                table: "EarnedEvidence",
                columns: new[] { "UserId", "AreaCode", "Shows" });

            // Existing registrations get their counts from the marks already written (the app keeps them from now on);
            // the evidence copy is filled on the first start (DatabaseInitializer) or by `report refresh`.
            migrationBuilder.Sql("""
                UPDATE Registrations SET
                  MarkedSessions = (SELECT COUNT(*) FROM AttendanceMarks m JOIN WorkshopSessions s ON s.Id = m.SessionId
                                    WHERE m.UserId = Registrations.UserId AND s.WorkshopId = Registrations.WorkshopId),
                  PresentSessions = (SELECT COUNT(*) FROM AttendanceMarks m JOIN WorkshopSessions s ON s.Id = m.SessionId
                                     WHERE m.UserId = Registrations.UserId AND s.WorkshopId = Registrations.WorkshopId
                                       AND m.Status IN ('Present', 'Late'))
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EarnedEvidence");

            migrationBuilder.DropIndex(
                name: "IX_LearningGains_UserId_PreScore_PostScore_Gain",
                table: "LearningGains");

            migrationBuilder.DropColumn(
                name: "MarkedSessions",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "PresentSessions",
                table: "Registrations");
        }
    }
}
