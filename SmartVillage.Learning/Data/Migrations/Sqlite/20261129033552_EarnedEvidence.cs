using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartVillage.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EarnedEvidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EarnedEvidence",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Shows = table.Column<int>(type: "INTEGER", nullable: false),
                    EarnedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    TrackCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true)
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
                name: "IX_EarnedEvidence_AreaCode",
                table: "EarnedEvidence",
                column: "AreaCode");

            migrationBuilder.CreateIndex(
                name: "IX_EarnedEvidence_UserId_AreaCode_Shows",
                table: "EarnedEvidence",
                columns: new[] { "UserId", "AreaCode", "Shows" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EarnedEvidence");
        }
    }
}
