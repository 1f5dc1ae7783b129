package article

import (
	"fmt"
)

// Path returns a readable location of the element with the given ID in the
// article's language: "第2节 场景三, 第1段", "section 2, scene 3, paragraph 1".
// Header and footer IDs give their field's name. An unknown ID gives itself.
func (a *Article) Path(id string) string {
	zh := a.IsChinese()
	if name, ok := fieldNames[id]; ok {
		if zh {
			return name[0]
		}
		return name[1]
	}
	e, ok := a.Find(id)
	if !ok {
		return id
	}
	return a.elementPath(e, zh)
}

var fieldNames = map[string][2]string{
	IDChannel: {"栏目", "channel"}, IDKicker: {"引题", "kicker"}, IDHeadline: {"标题", "headline"},
	IDSubtitle: {"副题", "subtitle"}, IDMeta: {"来源行", "meta line"}, IDByline: {"电头", "byline"},
	IDFooter: {"文末署名", "footer credits"}, IDCopyright: {"版权声明", "copyright"}, IDLink: {"本文链接", "link"},
}

func (a *Article) elementPath(e Element, zh bool) string {
	var p string
	if e.Section < 0 {
		if zh {
			p = "导语"
		} else {
			p = "lead"
		}
	} else if zh {
		p = fmt.Sprintf("第%d节", e.Section+1)
	} else {
		p = fmt.Sprintf("section %d", e.Section+1)
	}
	if e.Scn != nil {
		label := e.Scn.Label
		if label == "" {
			label = a.SceneLabel(e.Scene + 1)
		}
		p += " " + label
		if !zh {
			p = fmt.Sprintf("%s, scene %d", p[:len(p)-len(label)-1], e.Scene+1)
		}
	}
	if e.Blk == nil {
		return p
	}
	body := containerBody(a, e)
	n := 0
	for i := 0; i <= e.Block && i < len(body); i++ {
		if body[i].Kind == e.Blk.Kind {
			n++
		}
	}
	return p + ", " + blockName(e.Blk.Kind, n, zh)
}

func containerBody(a *Article, e Element) []Block {
	switch {
	case e.Scn != nil:
		return e.Scn.Body
	case e.Sec != nil:
		return e.Sec.Body
	}
	return a.Lead
}
