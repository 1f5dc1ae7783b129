#!/usr/bin/python3
"""Writes the Word fixtures of article/docx/testdata with python3-docx (Word's
default template): a Chinese feature as a reporter sends it, and hostile
files. Usage: /usr/bin/python3 scripts/make-docx-fixtures.py OUTDIR"""
import io
import subprocess
import os
import sys
import zipfile

from docx import Document
from docx.shared import Pt, Inches

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

# A real photo-shaped JPEG (ImageMagick), so the fixture carries a picture.
import subprocess
pic = os.path.join(out, 'pic.jpg')
subprocess.run(['convert', '-size', '320x240', 'gradient:green-yellow', '-quality', '80', pic], check=True)

d = Document()
d.add_paragraph('乡村振兴系列报道', style='Normal')
d.add_paragraph('山乡巨变：一个湘西村庄的三年', style='Title')
d.add_paragraph('从“空心村”到“网红村”，竹山村走出了自己的路', style='Subtitle')
d.add_paragraph('湘西日报记者 彭晓雨 通讯员 龙建国 花垣报道')
p = d.add_paragraph('　　清晨六点，竹山村的雾还没有散尽，村支书石光明已经站在了村口的合作社门前。')
p = d.add_paragraph('三年前，这里的年轻人几乎都出门打工了，')
p.add_run().add_break()
p.add_run('留在村里的多是老人和孩子。')
d.add_paragraph('关键词：产业', style='Heading 2')
d.add_paragraph('一片茶叶撑起一个产业')
r = d.add_paragraph().add_run('场景一：')
r.bold = True
d.add_paragraph('二〇二〇年春天，村里请来了省农科院的茶叶专家。专家在茶园里转了三天，给出的结论让大家吃了一惊：这里的茶树品种好，问题出在采摘和加工上。')
d.add_paragraph().add_run().add_picture(pic, width=Inches(2))
d.add_paragraph('村民在茶园里采摘秋茶。（记者 彭晓雨 摄）', style='Caption')
t = d.add_table(rows=2, cols=2)
t.cell(0, 0).text = '年份'
t.cell(0, 1).text = '茶叶收入'
t.cell(1, 0).text = '2023'
t.cell(1, 1).text = '120万元'
d.add_paragraph('来源：湘西日报')
d.add_paragraph('编辑：田甜')
d.save(os.path.join(out, 'feature-zh.docx'))
os.remove(pic)

# Hostile files.
def rewrite(src, dst, replace):
    zin = zipfile.ZipFile(os.path.join(out, src))
    buf = io.BytesIO()
    zout = zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        data = replace(item.filename, data)
        if data is not None:
            zout.writestr(item, data)
    zout.close()
    open(os.path.join(out, dst), 'wb').write(buf.getvalue())

# An external entity in the document.
rewrite('feature-zh.docx', 'hostile-entity.docx', lambda n, d: d.replace(b'<w:document', b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document', 1) if n == 'word/document.xml' else d)
# A picture linked to a file outside the document.
rewrite('feature-zh.docx', 'hostile-link.docx', lambda n, d: d.replace(b'Target="media/image1.jpg"', b'Target="file:///etc/passwd" TargetMode="External"') if n == 'word/_rels/document.xml.rels' else d)
# A zip bomb: document.xml inflates to 300 MiB of spaces.
buf = io.BytesIO()
z = zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED)
z.writestr('[Content_Types].xml', '<Types/>')
z.writestr('word/document.xml', b'<w:document>' + b' ' * (300 << 20) + b'</w:document>')
z.close()
open(os.path.join(out, 'hostile-bomb.docx'), 'wb').write(buf.getvalue())
# The same feature as LibreOffice Writer writes it (its own XML), when
# LibreOffice is installed (Debian libreoffice-writer).
import shutil, tempfile
if shutil.which('soffice'):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(os.path.join(out, 'feature-zh.docx'), tmp)
        subprocess.run(['soffice', '--headless', '--convert-to', 'odt', '--outdir', tmp, os.path.join(tmp, 'feature-zh.docx')], check=True, capture_output=True)
        os.remove(os.path.join(tmp, 'feature-zh.docx'))
        subprocess.run(['soffice', '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', tmp, os.path.join(tmp, 'feature-zh.odt')], check=True, capture_output=True)
        shutil.copy(os.path.join(tmp, 'feature-zh.docx'), os.path.join(out, 'feature-zh-libreoffice.docx'))
print('fixtures in', out)
