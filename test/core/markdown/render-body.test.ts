import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeUrl, renderBody } from '../../../src/core/markdown/render-body.ts';

describe('renderBody', () => {
  it('renders Markdown guidance, GFM tables included', () => {
    const html = renderBody(
      '**Lưu ý:** mang theo *bản chính*.\n\n| Giấy tờ | Số bản |\n| --- | --- |\n| Tờ khai | 1 |\n',
    );
    expect(html).toContain('<strong>Lưu ý:</strong>');
    expect(html).toContain('<em>bản chính</em>');
    expect(html).toContain('<td>Tờ khai</td>');
  });

  it('removes raw HTML: scripts, event handlers and iframes never reach the page', () => {
    const html = renderBody(
      'Trước\n\n<script>alert("x")</script>\n\nGiữa <img src=x onerror="alert(1)"> và <b onclick="alert(2)">đậm</b>\n\n<iframe src="https://evil.example"></iframe>\n',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|<iframe|<img|<b[ >]/i);
    expect(html).toContain('Trước');
    expect(html).toContain('đậm');
  });

  it('keeps the text of links to unsafe schemes but not the link', () => {
    const html = renderBody('[bấm vào đây](javascript:alert(1)) và [cổng](https://dichvucong.gov.vn)');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('bấm vào đây');
    expect(html).toContain('<a href="https://dichvucong.gov.vn">cổng</a>');
  });

  it('turns images into their alt text, so a body cannot load third-party files', () => {
    const html = renderBody('![Mẫu tờ khai](https://example.org/a.png)');
    expect(html).toBe('<p>Mẫu tờ khai</p>');
  });

  it('puts the highest heading of the body at the requested level', () => {
    expect(renderBody('# Câu hỏi\n\n## Một\n')).toBe('<h3>Câu hỏi</h3>\n<h4>Một</h4>');
    expect(renderBody('## Câu hỏi\n', { topHeading: 2 })).toBe('<h2>Câu hỏi</h2>');
  });

  it('removes raw HTML wherever it sits: comments, list items, table cells, headings, link text', () => {
    const html = renderBody(
      [
        '<!-- ghi chú nội bộ -->',
        '',
        '- Mục <img src=x onerror="alert(1)"> một',
        '- <script>alert(2)</script>',
        '',
        '| Cột |',
        '| --- |',
        '| <script>alert(3)</script> ô <svg onload="alert(4)"> |',
        '',
        '## Tiêu đề <span onmouseover="alert(5)">x</span>',
        '',
        'Chữ <!-- giữa --> tiếp [liên kết <u onclick="alert(6)">gạch</u>](https://a.vn)',
        '',
        '<div>',
        '',
        '**trong khối**',
        '',
        '</div>',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<!--|ghi chú|giữa|<script|<img|<svg|<span|<u[ >]|<div|on\w+=/i);
    expect(html).toMatch(/<td>alert\(3\) ô\s*<\/td>/);
    expect(html).toContain('<a href="https://a.vn">liên kết gạch</a>');
    expect(html).toContain('<strong>trong khối</strong>');
  });

  it('keeps text that merely looks like HTML escaped, never turned back into markup', () => {
    const html = renderBody('Gõ &lt;script&gt; hoặc \\<b> hay `<i>` và a < b & c');
    expect(html).toMatch(/&(lt|#x3C);script/);
    expect(html).not.toMatch(/<script|<b>|<i>/);
    expect(html).toMatch(/<code>&(lt|#x3C);i/);
  });

  it('neutralises unsafe reference links, autolinks and links around images', () => {
    const html = renderBody(
      '[bấm][x] và ![ảnh][x] và <javascript:alert(1)> và [![Mẫu](https://e.org/a.png) tải](vbscript:x)\n\n[x]: javascript:alert(1)\n',
    );
    expect(html).not.toMatch(/javascript:alert\(1\)"|vbscript|<img|href="(?!#")/);
    expect(html).toContain('<a href="#">bấm</a>');
    expect(html).toContain('ảnh');
    expect(html).toContain('Mẫu tải');
  });

  it('supports GFM strikethrough, autolinks and task lists', () => {
    const html = renderBody('~~cũ~~ xem www.dichvucong.gov.vn\n\n- [x] Đã nộp\n- [ ] Chưa nhận\n');
    expect(html).toContain('<del>cũ</del>');
    expect(html).toContain('<a href="http://www.dichvucong.gov.vn">www.dichvucong.gov.vn</a>');
    expect(html).toMatch(/<input type="checkbox" checked disabled> Đã nộp/);
    expect(html).toMatch(/<input type="checkbox" disabled> Chưa nhận/);
  });

  it('keeps a body that opens with a rule: it is prose, not front matter', () => {
    expect(renderBody('---\nLưu ý: mang bản chính\n---\nhết')).toContain('Lưu ý: mang bản chính');
  });

  it('keeps every heading between h1 and h6 after the shift', () => {
    expect(renderBody('# Một\n\n###### Sáu\n')).toBe('<h3>Một</h3>\n<h6>Sáu</h6>');
    expect(renderBody('#### Bốn\n\n## Hai\n', { topHeading: 2 })).toBe('<h4>Bốn</h4>\n<h2>Hai</h2>');
  });

  it('never lets markup, handlers or unsafe addresses through, whatever the mix of Markdown and HTML', () => {
    const pieces = [
      '# ',
      '## ',
      '\n',
      '\n\n',
      '- ',
      '1. ',
      '> ',
      '| a | b |\n| --- | :-: |\n| ',
      ' | ',
      '**',
      '*',
      '~~',
      '`',
      '```\n',
      '[x](',
      ')',
      '](',
      '[',
      ']',
      '![alt](',
      '<',
      '>',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<!-- c -->',
      '<div onclick="x">',
      '</div>',
      '<a href="javascript:x">',
      'javascript:alert(1)',
      'JaVa\tScRiPt:x',
      'https://a.vn/?a=1&b=2',
      'mailto:a@b.vn',
      'www.x.vn',
      '[r]',
      '[r]: javascript:x\n',
      '![i][r]',
      '[^1]',
      '[^1]: ghi chú\n',
      '&lt;b&gt;',
      '&#106;',
      '"',
      'Thủ tục ',
      '    mã\n',
      '- [ ] ',
      '<javascript:x>',
      '<https://a.vn>',
      'data:text/html,x',
    ];
    const allowed = new Set([
      'p',
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'em',
      'strong',
      'del',
      'code',
      'pre',
      'a',
      'ul',
      'ol',
      'li',
      'input',
      'blockquote',
      'hr',
      'br',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'sup',
      'section',
    ]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const html = renderBody(parts.join(''));
        expect(html).not.toContain('<!--');
        // Text never carries a bare "<", so every "<" starts a tag the renderer wrote.
        for (const [, tag, attributes] of html.matchAll(/<\/?([a-z][a-z0-9-]*)([^>]*)>/gi)) {
          expect(allowed, html).toContain(tag!.toLowerCase());
          expect(attributes, html).not.toMatch(/\b(on\w+|src)=/i);
          for (const [, href] of attributes!.matchAll(/href="([^"]*)"/g)) expect(isSafeUrl(href!), html).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives nothing for a blank body', () => {
    expect(renderBody('  \n')).toBe('');
  });
});

describe('isSafeUrl', () => {
  it('accepts web, mail, phone and relative addresses', () => {
    for (const url of ['https://a.vn', 'http://a.vn', 'mailto:a@b.vn', 'tel:1022', '/thu-tuc/', '#muc', 'a/b.html']) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });

  it('rejects script and data schemes, however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:x',
      'java\tscript:x',
      ' javascript:x',
      'data:text/html,x',
      'vbscript:x',
    ]) {
      expect(isSafeUrl(url), url).toBe(false);
    }
  });
});
