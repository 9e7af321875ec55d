namespace DisclosureRequests.Core.Reports.Document;

internal static class ReportDocumentHtmlTemplate
{
    internal const string Source = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ heading }}</title>
        <style>
          @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
          body { font-family: "Noto Serif CJK SC", "SimSun", "Songti SC", serif; margin: 2rem auto; max-width: 60rem; color: #1a1a1a; line-height: 1.8; }
          h1 { font-size: 1.6rem; text-align: center; }
          h2 { font-family: "Noto Sans CJK SC", "SimHei", sans-serif; font-size: 1.15rem; margin-top: 2rem; }
          p { text-indent: 2em; margin: 0.4rem 0; }
          p.state { text-align: center; text-indent: 0; color: #555; }
          table { border-collapse: collapse; width: 100%; margin: 0.8rem 0; line-height: 1.4; }
          th, td { border: 1px solid #555; padding: 0.3rem 0.5rem; }
          th.header { background: #f0f0f0; text-align: center; }
          th.label { font-weight: normal; text-align: left; }
          td.count, td.amount { text-align: right; font-variant-numeric: tabular-nums; }
        </style>
        </head>
        <body>
        <main>
        <h1>{{ heading }}</h1>
        <p class="state">{{ state }}　统计数据生成于 {{ compiledat }}</p>
        {%- for section in sections %}
        <section>
        <h2>{{ section.title }}</h2>
        {%- for paragraph in section.paragraphs %}
        <p>{{ paragraph }}</p>
        {%- endfor %}
        {%- for table in section.tables %}
        <table>
        {%- for row in table.rows %}
        <tr>{% for cell in row.cells %}<{{ cell.tag }} class="{{ cell.kind }}"{% if cell.rowspan > 1 %} rowspan="{{ cell.rowspan }}"{% endif %}{% if cell.colspan > 1 %} colspan="{{ cell.colspan }}"{% endif %}>{{ cell.text }}</{{ cell.tag }}>{% endfor %}</tr>
        {%- endfor %}
        </table>
        {%- endfor %}
        </section>
        {%- endfor %}
        </main>
        </body>
        </html>

        """;
}
