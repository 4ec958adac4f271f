from django.db import migrations

# A section may not become its own ancestor: the form says so in words (Section.clean()); this
# guard keeps any other writer (a script, the shell, two editors at once) from storing a loop,
# which every page naming the section would follow forever.
CREATE = """
CREATE FUNCTION articles_section_no_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.parent_id IS NOT NULL AND EXISTS (
        WITH RECURSIVE above(id, parent_id) AS (
            SELECT id, parent_id FROM articles_section WHERE id = NEW.parent_id
            UNION
            SELECT section.id, section.parent_id
            FROM articles_section section JOIN above ON section.id = above.parent_id
        )
        SELECT 1 FROM above WHERE id = NEW.id
    ) THEN
        RAISE EXCEPTION 'section % would be inside itself', NEW.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER articles_section_no_cycle
    BEFORE INSERT OR UPDATE OF parent_id ON articles_section
    FOR EACH ROW EXECUTE FUNCTION articles_section_no_cycle();
"""

DROP = """
DROP TRIGGER articles_section_no_cycle ON articles_section;
DROP FUNCTION articles_section_no_cycle();
"""


class Migration(migrations.Migration):
    dependencies = [("articles", "0013_article_pinned_until")]

    operations = [migrations.RunSQL(CREATE, DROP)]
