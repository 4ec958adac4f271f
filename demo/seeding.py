"""The parts of `manage.py seed_demo` beyond articles: multimedia, print issues, workflow history,
corrections, a live coverage, reader comments and view counts. Texts come from features.py.
"""

import hashlib
import random
from datetime import datetime, time, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from articles.models import (
    Article,
    ArticleViewCount,
    Correction,
    LiveUpdate,
    Revision,
    Transition,
)
from articles.models.readership import recent_hours
from comments.models import Comment, WordRule
from comments.moderation import screen
from demo import features
from demo.print_issues import print_issue
from multimedia.models import Gallery, GalleryPhoto, Image, PrintIssue, PrintPage, Video

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def seed_galleries(sections, images, editor, now):
    galleries = {}
    for data in features.GALLERIES:
        gallery = Gallery.objects.create(
            kind=data["kind"],
            title=data["title"],
            lead=data["lead"],
            cover=images[data["cover"]],
            section=sections[data["section"]],
            status=Gallery.Status.PUBLISHED,
            published_at=now - timedelta(hours=data["hours"]),
            created_by=editor,
        )
        GalleryPhoto.objects.bulk_create(
            GalleryPhoto(gallery=gallery, image=images[key], caption=caption, position=position)
            for position, (key, caption) in enumerate(data["photos"])
        )
        galleries[data["key"]] = gallery
    return galleries


def seed_videos(sections, images, editor, now):
    for data in features.VIDEOS:
        video = Video(
            title=data["title"],
            section=sections[data["section"]],
            caption=data["caption"],
            embed_url=data["embed_url"],
            poster=images[data["poster"]],
            duration=timedelta(seconds=data["duration"]),
            transcript=data["transcript"],
            status=Video.Status.PUBLISHED,
            published_at=now - timedelta(hours=data["hours"]),
            created_by=editor,
        )
        video.full_clean()
        video.save()


def run_workflow(article, target, users, now):
    """Take a new draft to its demo state through the workflow methods, then date the steps.

    The methods stamp every step with the current time; the demo backdates them to match the
    article's publication time so the history reads like a real day at the desk.
    """
    journalist, editor = users["journalist"], users["editor"]
    Revision.keep(article, journalist)
    published_at = article.published_at
    if target == Article.Status.DRAFT:
        if article.title in features.SENT_BACK:
            article.submit(journalist)
            article.send_back(editor, features.SENT_BACK[article.title])
        times = [now - timedelta(hours=5), now - timedelta(hours=4)]
    elif target == Article.Status.IN_REVIEW:
        article.submit(journalist)
        times = [now - timedelta(minutes=40)]
    elif published_at is None or published_at > now:  # scheduled
        article.submit(journalist)
        article.publish(editor, at=published_at)
        times = [now - timedelta(hours=3), now - timedelta(hours=2)]
    else:
        article.submit(journalist)
        article.publish(editor)
        times = [published_at - timedelta(minutes=35), published_at]
        if target == Article.Status.UNPUBLISHED:
            article.unpublish(editor)
            times.append(min(now, published_at + timedelta(hours=20)))
    steps = list(article.transitions.order_by("pk").values_list("pk", flat=True))
    for pk, at in zip(steps, times, strict=False):
        Transition.objects.filter(pk=pk).update(at=at)
    created = times[0] - timedelta(hours=2)
    article.revisions.update(created_at=created)
    article.published_versions.update(created_at=times[-1])
    Article.objects.filter(pk=article.pk).update(created_at=created, updated_at=times[-1])


def seed_corrections(articles, editor):
    for title, text in features.CORRECTIONS.items():
        article = articles[title]
        at = article.published_at + timedelta(hours=3)
        Correction.objects.create(article=article, text=text, created_at=at, created_by=editor)
        Article.objects.filter(pk=article.pk).update(material_update_at=at, updated_at=at)


def seed_word_rules():
    for phrase, kind in features.WORD_RULES:
        rule = WordRule(phrase=phrase, kind=kind)
        rule.clean()
        rule.save()


def _sender_fields(email):
    return {
        "email": email,
        "ip_hash": hashlib.sha256(f"demo-ip:{email}".encode()).hexdigest(),
        "user_agent": "Mozilla/5.0 (Linux; Android 14) Demo",
    }


def seed_comments(articles, users, now):
    moderator, editor = users["moderator"], users["editor"]
    latest = now - timedelta(minutes=5)
    for title, threads in features.COMMENTS.items():
        article = articles[title]
        for data in threads:
            sent = min(latest, article.published_at + timedelta(minutes=data["minutes"]))
            comment = Comment(
                article=article, name=data["name"], body=data["body"], created_at=sent
            )
            for field, value in _sender_fields(data["email"]).items():
                setattr(comment, field, value)
            if data["status"] in ("pending", "rejected"):
                # What the moderation rules say about this text (word rules, links, the mode).
                comment.status, comment.held_for = screen(article, data["body"])
                if comment.status == Comment.Status.REJECTED:
                    comment.decided_at = sent
            else:
                comment.status = data["status"]
                comment.decided_at = min(latest, sent + timedelta(minutes=12))
                comment.decided_by = moderator
                if comment.status == Comment.Status.APPROVED:
                    comment.held_for = [{"rule": "pre_moderation", "detail": ""}]
            comment.save()
            for reply in data.get("replies", []):
                sent = min(latest, article.published_at + timedelta(minutes=reply["minutes"]))
                answer = Comment(
                    article=article,
                    parent=comment,
                    body=reply["body"],
                    status=Comment.Status.APPROVED,
                    created_at=sent,
                )
                if reply.get("newsroom"):
                    answer.is_newsroom = True
                    answer.author = answer.decided_by = editor
                    answer.name = editor.get_full_name()
                    answer.email = editor.email
                    answer.decided_at = sent
                else:
                    answer.name = reply["name"]
                    for field, value in _sender_fields(reply["email"]).items():
                        setattr(answer, field, value)
                    answer.held_for = [{"rule": "pre_moderation", "detail": ""}]
                    answer.decided_by = moderator
                    answer.decided_at = min(latest, sent + timedelta(minutes=10))
                answer.save()


def seed_view_counts(articles, now):
    """Hourly view counts for the last week, highest for features.POPULAR's stories."""
    rng = random.Random("views")
    rows = []
    hours = recent_hours(7 * 24, now)
    for article in articles.values():
        if not article.is_published():
            continue
        peak = features.POPULAR.get(article.title) or rng.randint(8, 60)
        for hour in hours:
            age = (hour - article.published_at).total_seconds() / 3600
            if age < -1:
                continue
            views = round(peak * 0.85 ** (max(age, 0) / 4) * rng.uniform(0.6, 1.0))
            if views:
                rows.append(ArticleViewCount(article=article, hour=hour, views=views))
    ArticleViewCount.objects.bulk_create(rows)


def seed_print_issues(articles, images, uploader, now, saved_files):
    today = timezone.localdate(now)
    for data in features.PRINT_ISSUES:
        day = today - timedelta(days=data["days_ago"])
        date_text = f"{WEEKDAYS[day.weekday()]}, {day:%d/%m/%Y}"
        titles_by_page = {}
        for page_number, title in data["pages"]:
            titles_by_page.setdefault(page_number, []).append(title)
        picture = images[data["picture"]]
        with picture.file.open("rb") as source:
            pdf, front = print_issue(
                data["number"], date_text, data["headlines"], source.read(), titles_by_page
            )
        cover = Image(
            alt_text=f"Trang nhất Báo Đắk Lắk Demo số {data['number']}, {date_text}",
            caption=f"Trang nhất số {data['number']}: {data['headlines'][0]}.",
            credit="Báo Đắk Lắk Demo",
            uploaded_by=uploader,
        )
        cover.file.save(f"bao-in-so-{data['number']}.jpg", ContentFile(front), save=False)
        saved_files.append(cover.file.name)
        cover.save()
        issue = PrintIssue(
            number=data["number"],
            issue_date=day,
            cover=cover,
            status=PrintIssue.Status.PUBLISHED,
            published_at=min(now, timezone.make_aware(datetime.combine(day, time(4, 30)))),
        )
        issue.pdf.save(f"bao-in-so-{data['number']}.pdf", ContentFile(pdf), save=False)
        saved_files.append(issue.pdf.name)
        issue.save()
        PrintPage.objects.bulk_create(
            PrintPage(issue=issue, page_number=page_number, article=articles[title])
            for page_number, title in data["pages"]
        )


def seed_live_coverage(articles, images, users, now):
    """The live coverage of features.LIVE_COVERAGE: started and posted through the model's
    methods, then dated from the article's publication on."""
    data = features.LIVE_COVERAGE
    article = articles[data["title"]]
    article.start_live_coverage(users["editor"])
    started = min(article.published_at, now - timedelta(minutes=data["updates"][-1]["minutes"]))
    Article.objects.filter(pk=article.pk).update(live_started_at=started)
    article.live_started_at = started
    video = Video.objects.get(title=data["video"])
    for entry in data["updates"]:
        update = LiveUpdate(
            article=article,
            headline=entry.get("headline", ""),
            text=entry.get("text", ""),
            quote=entry.get("quote", ""),
            quote_source=entry.get("quote_source", ""),
            image=images.get(entry.get("image")),
            video=video if entry.get("video") else None,
            is_key=entry.get("is_key", False),
        )
        update.post(users[entry["by"]])
        posted_at = started + timedelta(minutes=entry["minutes"])
        LiveUpdate.objects.filter(pk=update.pk).update(posted_at=posted_at, updated_at=posted_at)
