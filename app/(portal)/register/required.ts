// Required fields: the label gets its * (as on the leaflet) from CSS rather than from its text, so
// the label names the field exactly («Имя», «Пароль»), and assistive technology hears "required"
// from the attribute instead of "star" (the generated content has empty alternative text). The
// forms are noValidate: the server action decides what is really missing and says so.
export function required(className = ""): { required: true; className: string } {
  return { required: true, className: `[&>label]:after:content-['*'_/_''] ${className}`.trim() };
}
