window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "2214587730",
      "userLink" : "https://twitter.com/intent/user?user_id=2214587730"
    }
  },
  {
    "following" : {
      "accountId" : "3090412257",
      "userLink" : "https://twitter.com/intent/user?user_id=3090412257"
    }
  },
  {
    "following" : {
      "accountId" : "715283946",
      "userLink" : "https://twitter.com/intent/user?user_id=715283946"
    }
  },
  {
    "following" : {
      "accountId" : "2860019934",
      "userLink" : "https://twitter.com/intent/user?user_id=2860019934"
    }
  },
  {
    "following" : {
      "accountId" : "936144025437376512",
      "userLink" : "https://twitter.com/intent/user?user_id=936144025437376512"
    }
  },
  {
    "following" : {
      "accountId" : "4801123390",
      "userLink" : "https://twitter.com/intent/user?user_id=4801123390"
    }
  },
  {
    "following" : {
      "accountId" : "3377045102",
      "userLink" : "https://twitter.com/intent/user?user_id=3377045102"
    }
  },
  {
    "following" : {
      "accountId" : "1120349871016431616",
      "userLink" : "https://twitter.com/intent/user?user_id=1120349871016431616"
    }
  }
]