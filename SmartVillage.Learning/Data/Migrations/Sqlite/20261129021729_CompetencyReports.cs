using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartVillage.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CompetencyReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CompetencyAreas",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    BasicIndicators = table.Column<string>(type: "TEXT", nullable: false),
                    IntermediateIndicators = table.Column<string>(type: "TEXT", nullable: false),
                    AdvancedIndicators = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetencyAreas", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "CompetencyMappings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: true),
                    QuizPurpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CategoryPath = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    TrackCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    MinScore = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetencyMappings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetencyMappings_CompetencyAreas_AreaCode",
                        column: x => x.AreaCode,
                        principalTable: "CompetencyAreas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CompetencyMappings_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_UserId_Status",
                table: "Registrations",
                columns: new[] { "UserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_UserId_CompletedAt_CourseId",
                table: "Enrollments",
                columns: new[] { "UserId", "CompletedAt", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceMarks_UserId_Status_SessionId",
                table: "AttendanceMarks",
                columns: new[] { "UserId", "Status", "SessionId" });

            migrationBuilder.CreateIndex(
                name: "IX_CompetencyMappings_AreaCode",
                table: "CompetencyMappings",
                column: "AreaCode");

            migrationBuilder.CreateIndex(
                name: "IX_CompetencyMappings_CourseId",
                table: "CompetencyMappings",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetencyMappings_Kind_CourseId",
                table: "CompetencyMappings",
                columns: new[] { "Kind", "CourseId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CompetencyMappings");

            migrationBuilder.DropTable(
                name: "CompetencyAreas");

            migrationBuilder.DropIndex(
                name: "IX_Registrations_UserId_Status",
                table: "Registrations");

            migrationBuilder.DropIndex(
                name: "IX_Enrollments_UserId_CompletedAt_CourseId",
                table: "Enrollments");

            migrationBuilder.DropIndex(
                name: "IX_AttendanceMarks_UserId_Status_SessionId",
                table: "AttendanceMarks");
        }
    }
}
