package it.ponte.exchange.interfaces;

import it.ponte.exchange.application.Row;
import it.ponte.exchange.application.RowBinding;
import it.ponte.exchange.domain.ImportError;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.exchange.domain.Imported;
import it.ponte.tenancy.domain.TenantDescriptor;
import it.ponte.training.domain.Course;
import it.ponte.training.domain.CourseCategory;
import it.ponte.training.interfaces.CourseResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Courses' rows: the API's course body; a course ends on or after its start. */
@ApplicationScoped
public class CourseRows implements RowBinding<Imported.Course> {

  @Inject Checks checks;

  @Override
  public ImportKind kind() {
    return ImportKind.COURSES;
  }

  @Override
  public String key(Row row) {
    return row.text("externalId");
  }

  @Override
  public Imported.Course bind(Row row, TenantDescriptor territory) {
    CourseResource.NewCourse body = new CourseResource.NewCourse();
    body.title = row.text("title");
    body.category = row.value("category", CourseCategory.class);
    body.provider = row.text("provider");
    body.mode = row.value("mode", Course.Mode.class);
    body.startsOn = row.date("startsOn");
    body.endsOn = row.date("endsOn");
    row.require("externalId", row.text("externalId"));
    if (row.hasErrors()) {
      return null;
    }
    checks.validate(row, body);
    if (row.hasErrors()) {
      return null;
    }
    if (body.endsOn.isBefore(body.startsOn)) {
      row.error("endsOn", ImportError.HISTORY, "A course ends on or after its start");
      return null;
    }
    return new Imported.Course(
        body.title.strip(),
        body.category,
        body.provider.strip(),
        body.mode,
        body.startsOn,
        body.endsOn);
  }
}
