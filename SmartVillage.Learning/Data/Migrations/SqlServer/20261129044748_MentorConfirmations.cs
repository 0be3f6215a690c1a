using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartVillage.Learning.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MentorConfirmations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CompetencyConfirmations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OfficialId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    AreaCode = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    MentorId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    WithdrawnById = table.Column<string>(type: "nvarchar(450)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetencyConfirmations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetencyConfirmations_AspNetUsers_MentorId",
                        column: x => x.MentorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompetencyConfirmations_AspNetUsers_OfficialId",
                        column: x => x.OfficialId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CompetencyConfirmations_AspNetUsers_WithdrawnById",
                        column: x => x.WithdrawnById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CompetencyConfirmations_CompetencyAreas_AreaCode",
                        column: x => x.AreaCode,
                        principalTable: "CompetencyAreas",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CompetencyConfirmations_AreaCode",
                table: "CompetencyConfirmations",
                column: "AreaCode");

            migrationBuilder.CreateIndex(
                name: "IX_CompetencyConfirmations_MentorId",
                table: "CompetencyConfirmations",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetencyConfirmations_OfficialId",
                table: "CompetencyConfirmations",
                column: "OfficialId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetencyConfirmations_OneActive",
                table: "CompetencyConfirmations",
                columns: new[] { "OfficialId", "AreaCode" },
                unique: true,
                filter: "WithdrawnAt IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CompetencyConfirmations_WithdrawnById",
                table: "CompetencyConfirmations",
                column: "WithdrawnById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CompetencyConfirmations");
        }
    }
}
