namespace DisclosureRequests.Core.Reports.Exports;

internal static class AnnualReportHtmlTemplate
{
    internal const string Source = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ heading }}</title>
        <style>
          body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 2rem; color: #1a1a1a; }
          h1 { font-size: 1.5rem; text-align: center; }
          h2 { font-size: 1.15rem; margin-top: 2rem; }
          table { border-collapse: collapse; width: 100%; }
          th, td { border: 1px solid #555; padding: 0.3rem 0.5rem; }
          th.header { background: #f0f0f0; text-align: center; }
          th.label { font-weight: normal; text-align: left; }
          td.count, td.amount { text-align: right; font-variant-numeric: tabular-nums; }
          .compiled { margin-top: 2rem; color: #555; font-size: 0.9rem; }
          .provisional { text-align: center; font-weight: bold; }
          @page { size: A4 landscape; margin: 15mm; }
        </style>
        </head>
        <body>
        <main>
        <h1>{{ heading }}</h1>
        {%- if provisional %}
        <p class="provisional">{{ provisional }}</p>
        {%- endif %}
        {%- for section in sections %}
        <section>
        <h2>{{ section.title }}</h2>
        <table>
        {%- for row in section.rows %}
        <tr>{% for cell in row.cells %}<{{ cell.tag }} class="{{ cell.kind }}"{% if cell.rowspan > 1 %} rowspan="{{ cell.rowspan }}"{% endif %}{% if cell.colspan > 1 %} colspan="{{ cell.colspan }}"{% endif %}>{{ cell.text }}</{{ cell.tag }}>{% endfor %}</tr>
        {%- endfor %}
        </table>
        </section>
        {%- endfor %}
        <p class="compiled">统计时间：{{ compiledat }}</p>
        </main>
        </body>
        </html>

        """;
}
