using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartVillage.Learning.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MoodleQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BankQuestions_CategoryId_Name",
                table: "BankQuestions");

            migrationBuilder.AddColumn<string>(
                name: "RandomTagsJson",
                table: "QuizSlots",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<Guid>(
                name: "Revision",
                table: "QuestionCategories",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "IdNumber",
                table: "BankQuestions",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Penalty",
                table: "BankQuestions",
                type: "TEXT",
                precision: 9,
                scale: 7,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "TagsJson",
                table: "BankQuestions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "QuestionFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BankQuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionFiles_BankQuestions_BankQuestionId",
                        column: x => x.BankQuestionId,
                        principalTable: "BankQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BankQuestions_CategoryId_IdNumber",
                table: "BankQuestions",
                columns: new[] { "CategoryId", "IdNumber" },
                unique: true,
                filter: "IdNumber IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_BankQuestions_CategoryId_Name",
                table: "BankQuestions",
                columns: new[] { "CategoryId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_QuestionFiles_BankQuestionId_Name",
                table: "QuestionFiles",
                columns: new[] { "BankQuestionId", "Name" },
                unique: true);

            // Issue 16, item 1: the JSON writer left out default values, so a 0% short-answer alternative was stored
            // without its weight and read back as 100%. Weight 100 was always written (it is not the JSON default),
            // so an accepted answer with no weight is exactly one that was 0%: give it back its 0, in the bank and in
            // the attempts' snapshots (those not yet graded are graded with it; graded ones keep their score).
            foreach (var table in new[] { "BankQuestions", "AttemptQuestions" })
                migrationBuilder.Sql($"""
                    UPDATE {table} SET PartsJson = json_set(PartsJson, '$.acceptedAnswers', json((
                        SELECT json_group_array(json(CASE WHEN json_type(a.value, '$.weight') IS NULL
                                                          THEN json_set(a.value, '$.weight', 0) ELSE a.value END))
                        FROM (SELECT value FROM json_each({table}.PartsJson, '$.acceptedAnswers') ORDER BY key) AS a)))
                    WHERE EXISTS (SELECT 1 FROM json_each({table}.PartsJson, '$.acceptedAnswers') WHERE json_type(value, '$.weight') IS NULL);
                    """);

            // Moodle's penalties, as its GIFT import gives them, for the questions already in banks.
            migrationBuilder.Sql("UPDATE BankQuestions SET Penalty = CASE Type WHEN 'TrueFalse' THEN '1.0' WHEN 'Description' THEN '0.0' ELSE '0.3333333' END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QuestionFiles");

            migrationBuilder.DropIndex(
                name: "IX_BankQuestions_CategoryId_IdNumber",
                table: "BankQuestions");

            migrationBuilder.DropIndex(
                name: "IX_BankQuestions_CategoryId_Name",
                table: "BankQuestions");

            migrationBuilder.DropColumn(
                name: "RandomTagsJson",
                table: "QuizSlots");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "QuestionCategories");

            migrationBuilder.DropColumn(
                name: "IdNumber",
                table: "BankQuestions");

            migrationBuilder.DropColumn(
                name: "Penalty",
                table: "BankQuestions");

            migrationBuilder.DropColumn(
                name: "TagsJson",
                table: "BankQuestions");

            migrationBuilder.CreateIndex(
                name: "IX_BankQuestions_CategoryId_Name",
                table: "BankQuestions",
                columns: new[] { "CategoryId", "Name" },
                unique: true);
        }
    }
}
