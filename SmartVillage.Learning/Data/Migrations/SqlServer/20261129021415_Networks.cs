using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartVillage.Learning.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Networks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CollaborationRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    TrackCode = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    Area = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    VillageCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    RegencyCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    PostedById = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClientToken = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PostedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    MetByResponseId = table.Column<int>(type: "int", nullable: true),
                    MetAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    HiddenReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    HiddenById = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    HiddenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollaborationRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CollaborationRequests_AspNetUsers_HiddenById",
                        column: x => x.HiddenById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CollaborationRequests_AspNetUsers_PostedById",
                        column: x => x.PostedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CollaborationRequests_Regencies_RegencyCode",
                        column: x => x.RegencyCode,
                        principalTable: "Regencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CollaborationRequests_Tracks_TrackCode",
                        column: x => x.TrackCode,
                        principalTable: "Tracks",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CollaborationRequests_Villages_VillageCode",
                        column: x => x.VillageCode,
                        principalTable: "Villages",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DiscussionThreads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TrackCode = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    AuthorId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClientToken = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastActivityAt = table.Column<long>(type: "bigint", nullable: false),
                    ReplyCount = table.Column<int>(type: "int", nullable: false),
                    IsPinned = table.Column<bool>(type: "bit", nullable: false),
                    IsHidden = table.Column<bool>(type: "bit", nullable: false),
                    HiddenById = table.Column<string>(type: "nvarchar(450)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiscussionThreads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiscussionThreads_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DiscussionThreads_AspNetUsers_HiddenById",
                        column: x => x.HiddenById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_DiscussionThreads_Tracks_TrackCode",
                        column: x => x.TrackCode,
                        principalTable: "Tracks",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Link = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Partners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Areas = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    ContactName = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    ContactPhone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    ContactEmail = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Website = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Partners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VillageProfiles",
                columns: table => new
                {
                    VillageCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    RegencyCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Potential = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ContactUserId = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    UpdatedById = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VillageProfiles", x => x.VillageCode);
                    table.ForeignKey(
                        name: "FK_VillageProfiles_AspNetUsers_ContactUserId",
                        column: x => x.ContactUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_VillageProfiles_AspNetUsers_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_VillageProfiles_Regencies_RegencyCode",
                        column: x => x.RegencyCode,
                        principalTable: "Regencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VillageProfiles_Villages_VillageCode",
                        column: x => x.VillageCode,
                        principalTable: "Villages",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CollaborationResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequestId = table.Column<int>(type: "int", nullable: false),
                    AuthorId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    AuthorVillageCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: true),
                    Body = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ClientToken = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollaborationResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CollaborationResponses_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CollaborationResponses_CollaborationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "CollaborationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DiscussionReplies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ThreadId = table.Column<int>(type: "int", nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    AuthorId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClientToken = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    IsHidden = table.Column<bool>(type: "bit", nullable: false),
                    HiddenById = table.Column<string>(type: "nvarchar(450)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiscussionReplies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiscussionReplies_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_DiscussionReplies_AspNetUsers_HiddenById",
                        column: x => x.HiddenById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_DiscussionReplies_DiscussionThreads_ThreadId",
                        column: x => x.ThreadId,
                        principalTable: "DiscussionThreads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnerRegencies",
                columns: table => new
                {
                    PartnerId = table.Column<int>(type: "int", nullable: false),
                    RegencyCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerRegencies", x => new { x.PartnerId, x.RegencyCode });
                    table.ForeignKey(
                        name: "FK_PartnerRegencies_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartnerRegencies_Regencies_RegencyCode",
                        column: x => x.RegencyCode,
                        principalTable: "Regencies",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VillageInitiatives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    VillageCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TrackCode = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VillageInitiatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VillageInitiatives_VillageProfiles_VillageCode",
                        column: x => x.VillageCode,
                        principalTable: "VillageProfiles",
                        principalColumn: "VillageCode",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CollaborationRequests_ClientToken",
                table: "CollaborationRequests",
                column: "ClientToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CollaborationRequests_HiddenById",
                table: "CollaborationRequests",
                column: "HiddenById");

            migrationBuilder.CreateIndex(
                name: "IX_CollaborationRequests_PostedById",
                table: "CollaborationRequests",
                column: "PostedById");

            migrationBuilder.CreateIndex(
                name: "IX_CollaborationRequests_RegencyCode",
                table: "CollaborationRequests",
                column: "RegencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_CollaborationRequests_Status_Kind_Id",
                table: "CollaborationRequests",
                columns: new[] { "Status", "Kind", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CollaborationRequests_Status_RegencyCode_Id",
                table: "CollaborationRequests",
                columns: new[] { "Status", "RegencyCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CollaborationRequests_Status_TrackCode_Id",
                table: "CollaborationRequests",
                columns: new[] { "Status", "TrackCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CollaborationRequests_TrackCode",
                table: "CollaborationRequests",
                column: "TrackCode");

            migrationBuilder.CreateIndex(
                name: "IX_CollaborationRequests_VillageCode",
                table: "CollaborationRequests",
                column: "VillageCode");

            migrationBuilder.CreateIndex(
                name: "IX_CollaborationResponses_AuthorId",
                table: "CollaborationResponses",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_CollaborationResponses_ClientToken",
                table: "CollaborationResponses",
                column: "ClientToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CollaborationResponses_RequestId_Id",
                table: "CollaborationResponses",
                columns: new[] { "RequestId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionReplies_AuthorId",
                table: "DiscussionReplies",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionReplies_ClientToken",
                table: "DiscussionReplies",
                column: "ClientToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionReplies_HiddenById",
                table: "DiscussionReplies",
                column: "HiddenById");

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionReplies_ThreadId_Id",
                table: "DiscussionReplies",
                columns: new[] { "ThreadId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionThreads_AuthorId",
                table: "DiscussionThreads",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionThreads_ClientToken",
                table: "DiscussionThreads",
                column: "ClientToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionThreads_HiddenById",
                table: "DiscussionThreads",
                column: "HiddenById");

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionThreads_TrackCode_IsPinned_LastActivityAt",
                table: "DiscussionThreads",
                columns: new[] { "TrackCode", "IsPinned", "LastActivityAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_Id",
                table: "Notifications",
                columns: new[] { "UserId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAt",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerRegencies_RegencyCode",
                table: "PartnerRegencies",
                column: "RegencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Partners_Type_Name",
                table: "Partners",
                columns: new[] { "Type", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_VillageInitiatives_VillageCode",
                table: "VillageInitiatives",
                column: "VillageCode");

            migrationBuilder.CreateIndex(
                name: "IX_VillageProfiles_ContactUserId",
                table: "VillageProfiles",
                column: "ContactUserId");

            migrationBuilder.CreateIndex(
                name: "IX_VillageProfiles_RegencyCode",
                table: "VillageProfiles",
                column: "RegencyCode");

            migrationBuilder.CreateIndex(
                name: "IX_VillageProfiles_UpdatedById",
                table: "VillageProfiles",
                column: "UpdatedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CollaborationResponses");

            migrationBuilder.DropTable(
                name: "DiscussionReplies");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "PartnerRegencies");

            migrationBuilder.DropTable(
                name: "VillageInitiatives");

            migrationBuilder.DropTable(
                name: "CollaborationRequests");

            migrationBuilder.DropTable(
                name: "DiscussionThreads");

            migrationBuilder.DropTable(
                name: "Partners");

            migrationBuilder.DropTable(
                name: "VillageProfiles");
        }
    }
}
