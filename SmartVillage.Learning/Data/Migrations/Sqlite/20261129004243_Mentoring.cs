using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartVillage.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Mentoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MentorAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MentorId = table.Column<string>(type: "TEXT", nullable: false),
                    OfficialId = table.Column<string>(type: "TEXT", nullable: true),
                    VillageCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true),
                    AssignedById = table.Column<string>(type: "TEXT", nullable: true),
                    AssignedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorAssignments", x => x.Id);
                    table.CheckConstraint("CK_MentorAssignments_OneTarget", "(\"OfficialId\" IS NULL AND \"VillageCode\" IS NOT NULL) OR (\"OfficialId\" IS NOT NULL AND \"VillageCode\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_MentorAssignments_AspNetUsers_AssignedById",
                        column: x => x.AssignedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_MentorAssignments_AspNetUsers_MentorId",
                        column: x => x.MentorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentorAssignments_AspNetUsers_OfficialId",
                        column: x => x.OfficialId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_MentorAssignments_Villages_VillageCode",
                        column: x => x.VillageCode,
                        principalTable: "Villages",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentoringSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MentorId = table.Column<string>(type: "TEXT", nullable: false),
                    OfficialId = table.Column<string>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    NextSteps = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NextDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringSessions_AspNetUsers_MentorId",
                        column: x => x.MentorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentoringSessions_AspNetUsers_OfficialId",
                        column: x => x.OfficialId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Obstacles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficialId = table.Column<string>(type: "TEXT", nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    RegencyCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Obstacles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Obstacles_AspNetUsers_OfficialId",
                        column: x => x.OfficialId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Obstacles_Villages_VillageCode",
                        column: x => x.VillageCode,
                        principalTable: "Villages",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficialId = table.Column<string>(type: "TEXT", nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    RegencyCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    BudgetSource = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BudgetAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 0, nullable: false),
                    SuccessIndicators = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    RowVersion = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkPlans_AspNetUsers_OfficialId",
                        column: x => x.OfficialId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WorkPlans_Villages_VillageCode",
                        column: x => x.VillageCode,
                        principalTable: "Villages",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ObstacleEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ObstacleId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObstacleEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObstacleEntries_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ObstacleEntries_Obstacles_ObstacleId",
                        column: x => x.ObstacleId,
                        principalTable: "Obstacles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkPlanActivities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkPlanActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkPlanActivities_WorkPlans_WorkPlanId",
                        column: x => x.WorkPlanId,
                        principalTable: "WorkPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkPlanEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkPlanEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkPlanEvents_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_WorkPlanEvents_WorkPlans_WorkPlanId",
                        column: x => x.WorkPlanId,
                        principalTable: "WorkPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActivityProgressReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReporterId = table.Column<string>(type: "TEXT", nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityProgressReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivityProgressReports_AspNetUsers_ReporterId",
                        column: x => x.ReporterId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ActivityProgressReports_WorkPlanActivities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "WorkPlanActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityProgressReports_ActivityId",
                table: "ActivityProgressReports",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_ActivityProgressReports_ReporterId",
                table: "ActivityProgressReports",
                column: "ReporterId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorAssignments_AssignedById",
                table: "MentorAssignments",
                column: "AssignedById");

            migrationBuilder.CreateIndex(
                name: "IX_MentorAssignments_MentorId_OfficialId",
                table: "MentorAssignments",
                columns: new[] { "MentorId", "OfficialId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentorAssignments_MentorId_VillageCode",
                table: "MentorAssignments",
                columns: new[] { "MentorId", "VillageCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentorAssignments_OfficialId",
                table: "MentorAssignments",
                column: "OfficialId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorAssignments_VillageCode",
                table: "MentorAssignments",
                column: "VillageCode");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringSessions_MentorId_NextDueOn",
                table: "MentoringSessions",
                columns: new[] { "MentorId", "NextDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringSessions_OfficialId",
                table: "MentoringSessions",
                column: "OfficialId");

            migrationBuilder.CreateIndex(
                name: "IX_ObstacleEntries_AuthorId",
                table: "ObstacleEntries",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_ObstacleEntries_ObstacleId",
                table: "ObstacleEntries",
                column: "ObstacleId");

            migrationBuilder.CreateIndex(
                name: "IX_Obstacles_OfficialId",
                table: "Obstacles",
                column: "OfficialId");

            migrationBuilder.CreateIndex(
                name: "IX_Obstacles_RegencyCode_Category_Status",
                table: "Obstacles",
                columns: new[] { "RegencyCode", "Category", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Obstacles_Status_OpenedAt",
                table: "Obstacles",
                columns: new[] { "Status", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Obstacles_VillageCode",
                table: "Obstacles",
                column: "VillageCode");

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlanActivities_WorkPlanId",
                table: "WorkPlanActivities",
                column: "WorkPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlanEvents_AuthorId",
                table: "WorkPlanEvents",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlanEvents_WorkPlanId",
                table: "WorkPlanEvents",
                column: "WorkPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlans_OfficialId",
                table: "WorkPlans",
                column: "OfficialId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlans_RegencyCode_Status",
                table: "WorkPlans",
                columns: new[] { "RegencyCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlans_Status_SubmittedAt",
                table: "WorkPlans",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlans_VillageCode",
                table: "WorkPlans",
                column: "VillageCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActivityProgressReports");

            migrationBuilder.DropTable(
                name: "MentorAssignments");

            migrationBuilder.DropTable(
                name: "MentoringSessions");

            migrationBuilder.DropTable(
                name: "ObstacleEntries");

            migrationBuilder.DropTable(
                name: "WorkPlanEvents");

            migrationBuilder.DropTable(
                name: "WorkPlanActivities");

            migrationBuilder.DropTable(
                name: "Obstacles");

            migrationBuilder.DropTable(
                name: "WorkPlans");
        }
    }
}
